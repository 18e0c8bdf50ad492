package rules

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/schema"
)

// anonFunctions maps PostgreSQL Anonymizer's faking functions (fake_,
// dummy_, pseudo_ and random_ families) to the closest transformer.
// understudy's transformers are all deterministic: a random_ function becomes
// a keyed, repeatable fake, which is what a nightly refresh wants.
var anonFunctions = map[string]string{
	"fake_first_name": "first_name", "dummy_first_name": "first_name", "pseudo_first_name": "first_name",
	"fake_last_name": "last_name", "dummy_last_name": "last_name", "pseudo_last_name": "last_name",
	"dummy_name": "full_name", "dummy_name_with_middle": "full_name",
	"fake_email": "email", "dummy_free_email": "email", "dummy_safe_email": "email", "pseudo_email": "email",
	"dummy_username": "username",
	"fake_city":      "city", "dummy_city_name": "city", "pseudo_city": "city",
	"fake_country": "country", "dummy_country_name": "country", "pseudo_country": "country",
	"fake_company": "company", "dummy_company_name": "company", "pseudo_company": "company",
	"fake_address": "street_address", "dummy_street_name": "street_address", "dummy_street_address": "street_address",
	"dummy_zip_code": "postcode", "dummy_post_code": "postcode", "random_zip": "postcode",
	"dummy_state_name": "state",
	"fake_iban":        "iban", "dummy_iban": "iban", "pseudo_iban": "iban",
	"dummy_credit_card_number": "card",
	"dummy_phone_number":       "phone", "dummy_cell_number": "phone", "random_phone": "phone",
	"dummy_ipv4": "ipv4", "dummy_ipv6": "ipv6", "dummy_mac_address": "mac", "dummy_user_agent": "user_agent",
	"dummy_uuidv4": "uuid", "random_uuid": "uuid",
	"dummy_profession": "job_title", "dummy_job_title": "job_title",
	"lorem_ipsum": "lorem", "dummy_sentence": "lorem", "dummy_paragraph": "lorem", "dummy_words": "lorem",
	"dummy_url": "url", "dummy_domain_name": "url",
}

// TranslateAnonLabel turns a PostgreSQL Anonymizer label ("MASKED WITH
// FUNCTION anon.fake_email()", "MASKED WITH VALUE NULL") into the closest
// rule. ok is false, with a note, when there is no faithful translation.
func TranslateAnonLabel(label string) (transform string, params map[string]any, note string, ok bool) {
	l := strings.TrimSpace(label)
	upper := strings.ToUpper(l)
	switch {
	case strings.HasPrefix(upper, "MASKED WITH VALUE"):
		v := strings.TrimSpace(l[len("MASKED WITH VALUE"):])
		if strings.EqualFold(v, "NULL") {
			return "null", nil, "", true
		}
		call, err := pgsql.ParseCall("pg_catalog.concat(" + v + ")")
		if err != nil || len(call.Args) != 1 || call.Args[0].Kind == "column" {
			return "", nil, "the value is not a constant", false
		}
		return "constant", map[string]any{"value": call.Args[0].Const}, "", true
	case strings.HasPrefix(upper, "MASKED WITH FUNCTION"):
		call, err := pgsql.ParseCall(strings.TrimSpace(l[len("MASKED WITH FUNCTION"):]))
		if err != nil {
			return "", nil, err.Error(), false
		}
		return translateAnonCall(call)
	case upper == "NOT MASKED":
		return "keep", nil, "", true
	}
	return "", nil, "not a MASKED WITH FUNCTION or MASKED WITH VALUE rule", false
}

func translateAnonCall(c *pgsql.Call) (string, map[string]any, string, bool) {
	if c.Schema != "" && c.Schema != "anon" {
		return "", nil, fmt.Sprintf("function %s.%s is not PostgreSQL Anonymizer's", c.Schema, c.Name), false
	}
	if t, ok := anonFunctions[c.Name]; ok {
		return t, nil, "", true
	}
	num := func(i int) (float64, bool) {
		if i >= len(c.Args) || (c.Args[i].Kind != "int" && c.Args[i].Kind != "float") {
			return 0, false
		}
		f, err := strconv.ParseFloat(c.Args[i].Const, 64)
		return f, err == nil
	}
	switch c.Name {
	case "partial":
		// anon.partial(col, prefix, padding, suffix)
		pre, ok1 := num(1)
		suf, ok2 := num(3)
		if len(c.Args) != 4 || !ok1 || !ok2 || c.Args[2].Kind != "string" {
			break
		}
		p := map[string]any{"keep_first": int(pre), "keep_last": int(suf)}
		if r := []rune(c.Args[2].Const); len(r) > 0 {
			p["char"] = string(r[0])
		}
		return "mask", p, "", true
	case "partial_email":
		return "mask", map[string]any{"keep_first": 2, "keep": "@."}, "", true
	case "hash", "digest":
		return "hash", nil, "", true
	case "random_string":
		if n, ok := num(0); ok {
			return "hash", map[string]any{"length": int(n)}, "", true
		}
		return "hash", nil, "", true
	case "noise":
		// anon.noise(col, ratio): ratio 0.1 is plus or minus 10%.
		if r, ok := num(1); ok && r > 0 && r <= 1 {
			return "noise", map[string]any{"percent": r * 100}, "", true
		}
	case "dnoise":
		// anon.dnoise(col, interval '30 days')
		if len(c.Args) == 2 && c.Args[1].Kind == "string" {
			if days, ok := intervalDays(c.Args[1].Const); ok {
				return "date_shift", map[string]any{"days": days}, "", true
			}
		}
	}
	return "", nil, fmt.Sprintf("anon.%s has no equivalent transformer", c.Name), false
}

// intervalDays reads "30 days", "2 weeks", "1 month" (as 30 days) or
// "1 year" (365 days).
func intervalDays(s string) (int, bool) {
	f := strings.Fields(strings.ToLower(s))
	if len(f) != 2 {
		return 0, false
	}
	n, err := strconv.Atoi(f[0])
	if err != nil || n <= 0 {
		return 0, false
	}
	switch strings.TrimSuffix(f[1], "s") {
	case "day":
		return n, true
	case "week":
		return 7 * n, true
	case "mon", "month":
		return 30 * n, true
	case "year":
		return 365 * n, true
	}
	return 0, false
}

// ImportSecurityLabels translates PostgreSQL Anonymizer labels (provider
// anon) on columns of the model into rules. Labels on unknown columns are
// reported in skipped.
func ImportSecurityLabels(labels []pgsql.SecurityLabel, m *schema.Model) (rules []ImportedRule, skipped []string) {
	for _, l := range labels {
		if l.Provider != "anon" && l.Provider != "" {
			continue
		}
		sch := l.Schema
		if sch == "" {
			sch = "public"
		}
		name := schema.Name{Schema: sch, Name: l.Table}
		t := m.Table(name)
		if t == nil || t.Column(l.Column) == nil {
			skipped = append(skipped, fmt.Sprintf("%s.%s: no such column in the source (label %q)", name, l.Column, l.Label))
			continue
		}
		tr, params, note, ok := TranslateAnonLabel(l.Label)
		ir := ImportedRule{Table: name, Column: l.Column, Origin: l.Label}
		if ok && tr != "keep" {
			ir.Transform, ir.Params = tr, params
		} else if !ok {
			ir.Note = note
		} else {
			continue // NOT MASKED: keep, as init writes anyway
		}
		rules = append(rules, ir)
	}
	return rules, skipped
}
