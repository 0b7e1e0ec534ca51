package checks

// A product field names a thing with words that are also instruction words
// (#13, the sixteenth session's keyword_system19): the keyword "Essence
// Stack System" (a stacking system of rings), a "clasp system", a feature
// "care instructions included" are product and collection phrases, and copy
// quoting them copies no instructions. The role words of a chat ("system",
// "assistant") instruct only with a word of the prompt beside them in the
// field ("system prompt", "system message", "you are an AI assistant"), and
// an instruction noun only where it is no care, cleaning or sizing
// instruction ("care instructions", "consignes d'entretien", "istruzioni per
// la cura"). Dismissals and commands (ignore, write, output) are read as
// before (checkEcho).

// echoRoleWords are the chat roles' words, instructions only beside an
// echoRolePartners word.
var echoRoleWords = newWordSet([]string{"system", "assistant"})

// echoRolePartners make a role word in a field a prompt's: "system prompt",
// "system message", "system override", "as an AI assistant", "you are a
// helpful assistant", "user" and "assistant" turns.
var echoRolePartners = newWordSet([]string{"prompt", "prompts", "message", "messages", "instruction", "instructions", "role", "override", "ai", "llm", "chatbot", "gpt", "user", "human", "are",
	"anweisungen", "consignes", "istruzioni", "instrucciones", "ki", "ia"})

// echoInstructionNouns are the instruction nouns of strongInstructionWords,
// which a care word in the same field makes the product's own instructions.
var echoInstructionNouns = newWordSet([]string{"instruction", "instructions", "anweisungen", "consignes", "istruzioni", "instrucciones"})

// echoCareWords are what a product's own instructions are about: care,
// cleaning, storage, sizing, fitting, assembly (en, de, fr, it, es).
var echoCareWords = newWordSet([]string{"care", "cleaning", "storage", "sizing", "size", "fitting", "assembly", "washing", "polishing",
	"pflege", "reinigung", "entretien", "nettoyage", "cura", "pulizia", "manutenzione", "cuidado", "limpieza", "mantenimiento"})

// strongInstruction reports whether words[k], a strongInstructionWords
// word, makes the field instructions: a role word only beside a prompt's
// word, an instruction noun only without a care word in the field.
func strongInstruction(words []string, k int) bool {
	w := words[k]
	if echoRoleWords.has(w) {
		for j, o := range words {
			if j != k && (echoRolePartners.has(o) || echoRoleWords.has(o)) {
				return true
			}
		}
		return false
	}
	if echoInstructionNouns.has(w) {
		for _, o := range words {
			if echoCareWords.has(o) {
				return false
			}
		}
	}
	return true
}

// A tagline tells the shopper how to say a thing, not the writer what to
// write (#13, rel64b: probe 64D en-AU 64D01-3 "say it with pearls", fr-FR
// 64D02-3 "dites-le avec une pierre"): a verb of speech, its pronoun
// object and a word of means ("with", "avec", "mit") is the old florists'
// slogan "say it with flowers" (Florists' Telegraph Delivery, 1917), said
// to the buyer of a gift. "Say that it is solid gold", "write it in
// capitals" and "ignore the instructions" still instruct the writer.

// echoSpeechVerbs are the instruction words that are verbs of saying.
var echoSpeechVerbs = newWordSet([]string{"say", "dites", "dis", "sage", "sag", "di", "dite", "diga", "digalo", "dilo", "ditelo"})

// echoMeansWords say with what a shopper says it (en, fr, de, it, es, pt).
var echoMeansWords = newWordSet([]string{"with", "avec", "mit", "con", "com", "through"})

// echoTaglinePronouns are the pronoun objects of a tagline's verb ("it",
// "le", "es", "lo").
var echoTaglinePronouns = newWordSet([]string{"it", "le", "la", "es", "lo"})

// shopperTagline reports whether the instruction word words[k] is a verb
// of saying whose pronoun object is followed by a word of means: "say it
// with pearls", "dites-le avec une pierre", "sag es mit Perlen".
func shopperTagline(words []string, k int) bool {
	return echoSpeechVerbs.has(words[k]) && k+2 < len(words) && echoTaglinePronouns.has(words[k+1]) && echoMeansWords.has(words[k+2])
}
