package detect

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestIsClinicalCode(t *testing.T) {
	for _, s := range []string{
		"http://hl7.org/fhir/sid/icd-10-cm|F32.2", "http://hl7.org/fhir/sid/icd-10|J45.909", "urn:oid:2.16.840.1.113883.6.90|F11.20",
		"http://www.nlm.nih.gov/research/umls/rxnorm|1010600", "http://hl7.org/fhir/sid/ndc|0093-7146-56", "http://hl7.org/fhir/sid/cvx|208",
		"http://terminology.hl7.org/CodeSystem/v3-ActCode|ETH", " http://terminology.hl7.org/CodeSystem/v3-ActCode|PSY ",
		"http://loinc.org|29463-7$61.3", "http://loinc.org|8480-6$128", "http://snomed.info/sct|365980008$http://snomed.info/sct|77176002",
	} {
		require.True(t, IsClinicalCode(s), "IsClinicalCode(%q)", s)
	}
	for _, s := range []string{
		"", "F32.2", "icd-10|F32.2", "http://loinc.org|29463-7", "http://snomed.info/sct|6736007",
		"http://terminology.hl7.org/CodeSystem/v3-ActCode|AMB", "http://terminology.hl7.org/CodeSystem/v3-Confidentiality|R",
		"http://hl7.org/fhir/sid/icd-10-cm|", "http://hl7.org/fhir/sid/icd-10-cm|F32 .2", "http://loinc.org|29463-7$",
		"a|b", "https://example.org/icd-10 codes|F32.2", "http://hl7.org/fhir/sid/icd-10-cm",
	} {
		require.False(t, IsClinicalCode(s), "IsClinicalCode(%q)", s)
	}
	require.Zero(t, testing.AllocsPerRun(50, func() { IsClinicalCode("http://loinc.org|29463-7$61.3") }))
}
