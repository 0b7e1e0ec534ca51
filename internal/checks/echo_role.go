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
