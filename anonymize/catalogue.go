package anonymize

// builtins returns the built-in catalogue. Every entry needs a case in the
// conformance suite (conformance_test.go), which fails otherwise.
func builtins() []Def {
	defs := []Def{
		nameDef(0, "a fake first name"),
		nameDef(1, "a fake last name"),
		nameDef(2, "a fake full name, \"First Last\""),
		usernameDef(),
		emailDef(),
		ipDef(false),
		ipDef(true),
		macDef(),
		urlDef(),
		uuidDef(),
		cardDef(),
		ibanDef(),
		ssnDef(),
		dateShiftDef(),
		noiseDef(),
		hashDef(),
		maskDef(),
		regexpDef(),
		templateDef(),
		loremDef(),
		constantDef(),
		nullDef(),
		redactDef(),
		jsonDef(),
		scrubTextDef(),
		genderDef(),
	}
	return append(defs, contactDefs()...)
}
