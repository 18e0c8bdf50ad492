package classify

// Category is how sensitive a column's contents are. Categories are ordered:
// a column gets the highest category any of its evidence supports.
type Category string

// The categories, from most to least sensitive.
const (
	// Secret is a credential or key material: passwords and their hashes,
	// API keys, tokens, private keys, URLs that carry credentials. A secret
	// must never reach staging, masked or not.
	Secret Category = "secret"
	// DirectIdentifier identifies a person on its own: name, email, phone,
	// street address, national id, card number, IBAN, username, photo.
	DirectIdentifier Category = "direct_identifier"
	// QuasiIdentifier identifies a person in combination with others: birth
	// date, postcode, city, gender, IP address, coordinates, employer.
	QuasiIdentifier Category = "quasi_identifier"
	// FreeText is prose a person typed (notes, comments, messages), which
	// can hold anything, including what no detector sees (names).
	FreeText Category = "free_text"
	// None is no personal data and no secret.
	None Category = "none"
)

// Categories lists the categories from most to least sensitive.
func Categories() []Category {
	return []Category{Secret, DirectIdentifier, QuasiIdentifier, FreeText, None}
}

// Rank orders the categories: Secret is 4, None (and an unknown category) 0.
func (c Category) Rank() int {
	switch c {
	case Secret:
		return 4
	case DirectIdentifier:
		return 3
	case QuasiIdentifier:
		return 2
	case FreeText:
		return 1
	}
	return 0
}

// Valid reports whether c is one of the categories.
func (c Category) Valid() bool { return c == None || c.Rank() > 0 }

// Sensitive reports whether a column of this category needs a rule: any
// category but None.
func (c Category) Sensitive() bool { return c.Rank() > 0 }
