package checks

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// readConceptFiles reads a language's concept data: data/<lang>/concepts.yaml
// and then every data/<lang>/concepts-*.yaml in name order (paraphrases,
// offers, assistant lines kept apart so that each file stays readable).
// A concept whose id is already defined adds its forms, unless, with, absolute and forever words, idioms and warning phrases to
// the first definition (whose category, level, message, source and
// evidence stand); a new id is a new concept and needs its category.
// A language without any file has no concepts. Data that does not parse is
// an error naming the file.
func readConceptFiles(lang string) (conceptFile, error) {
	return decodeConceptFiles(lang, conceptFileData(lang))
}

// conceptDataFile is one concept file of a language: its name and bytes.
type conceptDataFile struct {
	name string
	data []byte
}

// conceptFileData returns a language's concept files in the order
// readConceptFiles reads them: concepts.yaml (when present), then every
// concepts-*.yaml in name order.
func conceptFileData(lang string) []conceptDataFile {
	dir := "data/" + lang
	entries, err := fs.ReadDir(dataFS, dir)
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if !e.IsDir() && strings.HasPrefix(n, "concepts-") && strings.HasSuffix(n, ".yaml") {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	names = append([]string{"concepts.yaml"}, names...)
	var out []conceptDataFile
	for _, n := range names {
		data, err := readData(dir + "/" + n)
		if err != nil {
			continue // concepts.yaml absent: the extra files alone
		}
		out = append(out, conceptDataFile{name: n, data: data})
	}
	return out
}

// decodeConceptFiles is readConceptFiles of files (conceptFileData).
func decodeConceptFiles(lang string, files []conceptDataFile) (conceptFile, error) {
	var out conceptFile
	dir := "data/" + lang
	byID := map[string]int{}
	for _, cf := range files {
		n, data := cf.name, cf.data
		var f conceptFile
		if err := snap.Decode(data, &f, true); err != nil {
			return out, fmt.Errorf("checks: %s/%s: %w", dir, n, err)
		}
		for _, c := range f.Concepts {
			if k, ok := byID[c.ID]; ok && c.ID != "" {
				out.Concepts[k].Forms = append(out.Concepts[k].Forms, c.Forms...)
				out.Concepts[k].Unless = append(out.Concepts[k].Unless, c.Unless...)
				out.Concepts[k].With = append(out.Concepts[k].With, c.With...)
				out.Concepts[k].Pairs = append(out.Concepts[k].Pairs, c.Pairs...)
				out.Concepts[k].Absolute = append(out.Concepts[k].Absolute, c.Absolute...)
				out.Concepts[k].Forever = append(out.Concepts[k].Forever, c.Forever...)
				out.Concepts[k].Coating = append(out.Concepts[k].Coating, c.Coating...)
				out.Concepts[k].Base = append(out.Concepts[k].Base, c.Base...)
				out.Concepts[k].Compare = append(out.Concepts[k].Compare, c.Compare...)
				out.Concepts[k].Graded = append(out.Concepts[k].Graded, c.Graded...)
				out.Concepts[k].Than = append(out.Concepts[k].Than, c.Than...)
				out.Concepts[k].Noble = append(out.Concepts[k].Noble, c.Noble...)
				out.Concepts[k].NobleKeep = append(out.Concepts[k].NobleKeep, c.NobleKeep...)
				out.Concepts[k].CareNouns = append(out.Concepts[k].CareNouns, c.CareNouns...)
				out.Concepts[k].CareOthers = append(out.Concepts[k].CareOthers, c.CareOthers...)
				out.Concepts[k].StoneColour = append(out.Concepts[k].StoneColour, c.StoneColour...)
				out.Concepts[k].DarkFinish = append(out.Concepts[k].DarkFinish, c.DarkFinish...)
				out.Concepts[k].Homographs = append(out.Concepts[k].Homographs, c.Homographs...)
				out.Concepts[k].Hedge = append(out.Concepts[k].Hedge, c.Hedge...)
				out.Concepts[k].HedgeDegree = append(out.Concepts[k].HedgeDegree, c.HedgeDegree...)
				out.Concepts[k].GoldOwners = append(out.Concepts[k].GoldOwners, c.GoldOwners...)
				out.Concepts[k].GoldGenitives = append(out.Concepts[k].GoldGenitives, c.GoldGenitives...)
				if out.Concepts[k].HedgeEvidence == nil {
					out.Concepts[k].HedgeEvidence = c.HedgeEvidence
				}
				if out.Concepts[k].BaseEvidence == nil {
					out.Concepts[k].BaseEvidence = c.BaseEvidence
				}
				out.Concepts[k].Subjects = append(out.Concepts[k].Subjects, c.Subjects...)
				out.Concepts[k].OtherSubjects = append(out.Concepts[k].OtherSubjects, c.OtherSubjects...)
				out.Concepts[k].NearOthers = append(out.Concepts[k].NearOthers, c.NearOthers...)
				out.Concepts[k].HeadOwners = append(out.Concepts[k].HeadOwners, c.HeadOwners...)
				out.Concepts[k].WarnMay = append(out.Concepts[k].WarnMay, c.WarnMay...)
				out.Concepts[k].Lasting = append(out.Concepts[k].Lasting, c.Lasting...)
				out.Concepts[k].LastingOthers = append(out.Concepts[k].LastingOthers, c.LastingOthers...)
				out.Concepts[k].LastingToo = append(out.Concepts[k].LastingToo, c.LastingToo...)
				out.Concepts[k].LastingStay = append(out.Concepts[k].LastingStay, c.LastingStay...)
				out.Concepts[k].Idioms = append(out.Concepts[k].Idioms, c.Idioms...)
				out.Concepts[k].IdiomPairs = append(out.Concepts[k].IdiomPairs, c.IdiomPairs...)
				out.Concepts[k].WarnIf = append(out.Concepts[k].WarnIf, c.WarnIf...)
				out.Concepts[k].WarnThen = append(out.Concepts[k].WarnThen, c.WarnThen...)
				out.Concepts[k].WarnBack = append(out.Concepts[k].WarnBack, c.WarnBack...)
				continue
			}
			byID[c.ID] = len(out.Concepts)
			out.Concepts = append(out.Concepts, c)
		}
	}
	return out, nil
}
