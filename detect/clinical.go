package detect

import "strings"

// IsClinicalCode reports whether s (spaces trimmed) is a code of a
// person's health written as a coded value, system|code, as FHIR servers
// index them and FHIR search writes them (Medplum's token columns,
// ?code=http://hl7.org/fhir/sid/icd-10-cm|F32.2):
//   - a diagnosis (ICD-9, ICD-10 and their national modifications),
//   - a medication (RxNorm, NDC) or a vaccine (CVX),
//   - a sensitivity label of a record (HL7's v3-ActCode: ETH for substance
//     use, PSY, HIV, SDV...), which says what the record is about,
//   - or a result: a coded test followed by its value (code$value, FHIR's
//     composite search: http://loinc.org|29463-7$61.3).
//
// A test's code alone (LOINC) or a SNOMED concept alone is not one: they
// name what was measured, a service or a category as often as a finding.
// It does not allocate.
func IsClinicalCode(s string) bool {
	s = strings.TrimSpace(s)
	system, code, ok := strings.Cut(s, "|")
	if !ok || len(system) < 8 || len(system) > 100 || code == "" || len(code) > 200 || strings.ContainsAny(system, " \t\n") {
		return false
	}
	code, value, result := strings.Cut(code, "$")
	if code == "" || strings.ContainsAny(code, " \t\n|") {
		return false
	}
	if result {
		// A coded result: a test and its value.
		return value != "" && (hasFold(system, "loinc") || hasFold(system, "snomed") || strings.HasSuffix(system, ".6.1") || strings.HasSuffix(system, ".6.96"))
	}
	switch {
	case hasFold(system, "icd-10"), hasFold(system, "icd-9"), hasFold(system, "icd10"), hasFold(system, "icd9"),
		hasFold(system, "rxnorm"), strings.HasSuffix(system, "/sid/ndc"), strings.HasSuffix(system, "/sid/cvx"):
		return true
	case strings.HasPrefix(system, "urn:oid:2.16.840.1.113883.6."):
		// ICD-10-CM, ICD-10, ICD-9-CM, ICD-9, RxNorm, NDC, CVX by their OIDs.
		switch system[len("urn:oid:2.16.840.1.113883.6."):] {
		case "90", "3", "103", "104", "42", "88", "69", "59":
			return true
		}
	case strings.HasSuffix(system, "/v3-ActCode"), system == "urn:oid:2.16.840.1.113883.5.4":
		return sensitivityCodes[code]
	}
	return false
}

// sensitivityCodes are HL7's ActInformationSensitivityPolicy codes (of the
// v3-ActCode system) that say what a record is about: substance use,
// mental health, HIV, sexual health, genetic disease. A record labelled
// with one is about that condition of its subject.
var sensitivityCodes = map[string]bool{
	"ALCIS": true, "BH": true, "COGN": true, "DRGIS": true, "DVD": true, "EMOTDIS": true, "ETH": true,
	"GDIS": true, "HIV": true, "MH": true, "MST": true, "OPIOIDUD": true, "PREGNANT": true, "PSY": true,
	"PSYTHPN": true, "SCA": true, "SDV": true, "SEX": true, "SICKLE": true, "SPI": true, "STD": true,
	"SUD": true, "TBOO": true,
}

// hasFold reports whether s contains sub, ignoring case. It does not
// allocate.
func hasFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}
