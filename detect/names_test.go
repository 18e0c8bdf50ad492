package detect

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestIsGivenNameIsSurname(t *testing.T) {
	for _, w := range []string{"John", "john", "JOHN", "José", "Jose", "Jean-Pierre", "Kwame", "Priya", "Hiroshi", "Olga",
		"Fatima", "Chukwuemeka", "Minjun", " Anna ", "Zoë", "Łukasz"} {
		require.True(t, IsGivenName(w), "IsGivenName(%q)", w)
	}
	for _, w := range []string{"Smith", "SMITH", "Müller", "Muller", "O'Brien", "Smith-Jones", "al-Rashid", "Nguyen", "Okafor",
		"Wang", "Tanaka", "Kowalski", "Sharma", "García", "McDonald", "MacArthur", "Wiśniewski", "Yılmaz"} {
		require.True(t, IsSurname(w), "IsSurname(%q)", w)
	}
	for _, w := range []string{"", "Premium", "Plan", "Corp", "SKU-1001", "John Smith", "j0hn", "email_notifications",
		"Smith-", "-", "x", "Acme", "Valley", "Mr", "ORD-2024"} {
		require.False(t, IsGivenName(w), "IsGivenName(%q)", w)
		require.False(t, IsSurname(w), "IsSurname(%q)", w)
	}
	require.False(t, IsGivenName("Okafor"), "a surname is not a given name")
}

func TestIsPersonNameShapes(t *testing.T) {
	for _, s := range []string{"John Smith", "JOHN SMITH", "Smith, John", "Smith, J.", "J. Smith", "John F. Smith",
		"John F Smith", "Dr. John Smith", "John Smith Jr.", "John Smith, Jr.", "Sanne van Dijk", "Ursula von der Berg", "Omar al-Rashid",
		"Kim Min-jun", "  Mary Jones  ", "Mrs. Patel", "Gabriel García Márquez", "de la Cruz, Juan",
		"DR JOHN SMITH", "MRS PATEL", "Fr Okafor", "Fr. Okafor",
		// A reviewer as a shop prints them; an East African name.
		"Hannah D.", "Chidi O.", "Mercy Wanjiku", "Wafula Dadacha",
		// Hausa names, as a health worker in northern Nigeria records them.
		"Hauwa Lawan", "Balaraba Shehu", "Salisu Gambo", "Rukayya Tijjani", "Zulaihat Haruna",
		// Ivorian names, as a laboratory in Abidjan records its patients.
		"Akissi Kouassi", "Adjoua N'Guessan", "Tiémoko Ouattara", "Amenan Yapi", "KOUAMÉ Affoué", "Zokou, Didier"} {
		require.True(t, IsPersonName(s), "IsPersonName(%q)", s)
	}
	for _, s := range []string{"", "John", "Smith", "john smith", "Premium Plan", "Acme Corp", "Green Valley", "Rose Gold",
		"Lincoln Park", "San Diego", "Paris, France", "John Smith 3", "John_Smith", "John Smith <js@example.com>",
		"Smith, John, Jr., III", "J. K.", "Dr.", "Mr. Clean", "van der", "Smith Smith Smith Smith Smith Smith Smith Smith",
		"The John Smith", "John and Mary",
		// Capitals without a period before a word in lower case: a
		// country's or a department's abbreviation, not a title.
		"FR Care", "DR Care", "MS Teams",
		// An ordinary word and a letter: a grade, a vitamin, a plan.
		"Grade A", "Vitamin C", "Plan B.", "Rose B.", "Dr. D."} {
		require.False(t, IsPersonName(s), "IsPersonName(%q)", s)
	}
}

func TestPersonNameCorpus(t *testing.T) {
	requireRecall(t, "IsPersonName", IsPersonName, corpus(t, "pii/person_names.txt"), 0.90)
	requireFalsePositives(t, "IsPersonName", IsPersonName, corpus(t, "nonpii/*.txt"), 0.01)
}

func TestNameDetectorsDoNotAllocate(t *testing.T) {
	IsPersonName("warm up the index")
	for _, s := range []string{"John Smith", "Premium Plan", "Seán O'Brien", "Smith, John A.", "Kim Min-jun"} {
		require.Zero(t, testing.AllocsPerRun(50, func() { IsPersonName(s) }), s)
	}
	require.Zero(t, testing.AllocsPerRun(50, func() { IsSurname("Müller") }))
}

func TestHasPersonName(t *testing.T) {
	for _, s := range []string{"Please call Ann Smith tomorrow", "signed: Dr. J. Okafor.", "Meeting with Kwame Mensah and the team",
		"Ticket assigned to María Fernández", "cc Jean-Pierre Dubois", "JOHN SMITH called twice", "Wang Wei",
		// A file named after someone: the extension ends the name.
		"Passport scan Anna Schmidt.jpg", "Offer letter - Kwame Mensah.docx",
		// Andean, Mennonite and Okinawan surnames, as a Bolivian clinic writes them.
		"Identificado por su esposa Sabina Copa Ticona.", "Intérprete: Katharina Dyck.", "Directora: Dra. Akemi Higa Oshiro."} {
		require.True(t, HasPersonName(s), s)
	}
	for _, s := range []string{"", "Victoria Park will host the festival", "The Premium Plan includes Rose Gold cases",
		"john smith called", "Order shipped to San Diego", "Green Valley Farms supplies us", "Ann", "Smith",
		"Q1 Board Deck.pptx", "Victoria Park.jpg", "Anna Schmidt.Jpg2000x"} {
		require.False(t, HasPersonName(s), s)
	}
	requireFalsePositives(t, "HasPersonName", HasPersonName, corpus(t, "nonpii/*.txt"), 0.005)
	require.Zero(t, testing.AllocsPerRun(50, func() { HasPersonName("Please call Ann Smith tomorrow about the Premium Plan.") }))
}

func TestIsSalutation(t *testing.T) {
	for _, s := range []string{"Mr", "Mrs.", "Ms", "MR.", "MRS", "Miss", "Mx", "Frau", "Herr", "Mme", "Mlle", "M.", "Sra.", "Srta.",
		"Dhr.", "Mevr.", "Dr.", "Prof. Dr.", "Rev.", "Fr.", "DR.", "Sig.ra", "Señora", " Monsieur "} {
		require.True(t, IsSalutation(s), "IsSalutation(%q)", s)
	}
	// Codes that are also forms of address, names and words.
	for _, s := range []string{"", "M", "m", "F", "fr", "FR", "MS", "MR", "DR", "Mr Smith", "Dr. Ann Lee", "Jr.", "PhD", "III",
		"Mr Mr Mr Mr", "Don", "Madam Secretary", "mister-x", "Mrs.Jones", "male", "Lady Gaga", "miss", "mr", "sir"} {
		require.False(t, IsSalutation(s), "IsSalutation(%q)", s)
	}
	requireFalsePositives(t, "IsSalutation", IsSalutation, corpus(t, "nonpii/*.txt"), 0.001)
	require.Zero(t, testing.AllocsPerRun(50, func() { IsSalutation("Prof. Dr.") }))
}
