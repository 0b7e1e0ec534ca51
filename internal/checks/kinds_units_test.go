package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// unitAnklet is a 24 cm silver anklet: its length restated in inches is
// about 9.45.
var unitAnklet = core.Product{SKU: "U1", Name: "Tide", Category: "anklet", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Colours: []string{"silver"}, Measurements: []core.Measurement{{Name: "length", Value: 24, Unit: "cm"}}}

// cheapTexts are one language's sentences about unitAnklet, each with its
// length restated in inches: foreign holds a word the example guide's
// no-cheap rule lists for another language, here a name or a word of
// another sense ("gunstig" is favourable in Dutch, Danish and Norwegian;
// "ganga" is denim in Portuguese; Ganga a river, Billig a workshop), which
// must pass; real (where the guide lists words of the language) uses the
// language's word for cheap, inflected, which must block.
type cheapTexts struct{ foreign, real string }

var cheapByLang = map[string]cheapTexts{
	"en":    {"The 24 cm chain, roughly 9.5 inches, carries a lotus charm from the banks of the Ganga.", "A cheaper way to wear silver: the chain is 24 cm long."},
	"fr":    {"La chaîne de 24 cm, soit à peu près 9,5 pouces, porte un lotus venu des rives du fleuve Ganga.", "Une chaîne de cheville pas chère de 24 cm."},
	"de":    {"Die 24 cm lange Kette, rund 9,5 Zoll, trägt einen Lotus vom Ufer des Flusses Ganga.", "Ein billiges Fußkettchen von 24 cm Länge."},
	"it":    {"La catenina di 24 cm, circa 9,5 pollici, porta un fiore di loto ispirato al fiume Ganga.", "Una cavigliera economica di 24 cm."},
	"es":    {"Diseñada en el taller Billig de Copenhague, la tobillera mide 24 cm, unas 9,5 pulgadas.", "Una tobillera barata de 24 cm, toda una ganga."},
	"pt":    {"A tornozeleira mede 24 cm, cerca de 9,5 polegadas, e fica bem com uma saia de ganga.", "Tornozeleiras baratas de 24 cm, em prata."},
	"nl":    {"De lengte van 24 cm, ongeveer 9,5 inch, is gunstig voor de meeste enkels.", ""},
	"da":    {"Længden på 24 cm, cirka 9,5 tommer, er gunstig for de fleste ankler.", "En billige ankelkæde på 24 cm."},
	"nb":    {"Lengden på 24 cm, omtrent 9,5 tommer, er gunstig for de fleste ankler.", "Billige ankelkjeder på 24 cm."},
	"sv":    {"Fotlänken är 24 cm lång, ungefär 9,5 tum, med en berlock formad som en lotus från floden Ganga.", "Billiga fotlänkar på 24 cm."},
	"fi":    {"Nilkkaketju on 24 cm pitkä, noin 9,5 tuumaa, ja sen riipus on saanut aiheensa Ganga-joesta.", ""},
	"pl":    {"Łańcuszek na kostkę ma 24 cm, czyli około 9,5 cala, a ozdoba nawiązuje do rzeki Ganga.", ""},
	"cs":    {"Řetízek na kotník měří 24 cm, zhruba 9,5 palce, a ozdůbka připomíná lotos z břehů řeky Ganga.", ""},
	"tr":    {"Halhal 24 cm uzunluğunda, yaklaşık 9,5 inç; ucu Ganga nehrinin lotus çiçeğinden esinleniyor.", ""},
	"el":    {"Το βραχιόλι αστραγάλου έχει μήκος 24 cm, περίπου 9,5 ίντσες, με ένα λωτό από τον ποταμό Ganga.", ""},
	"ar":    {"يبلغ طول الخلخال 24 سم، أي نحو 9.5 بوصة، وتزيّنه زهرة لوتس مستوحاة من نهر Ganga.", ""},
	"ja":    {"アンクレットの長さは24 cm、約9.5インチで、Ganga 川の蓮をモチーフにしたチャームが揺れます。", ""},
	"ko":    {"발찌 길이는 24cm, 약 9.5인치이며 Ganga 강의 연꽃에서 영감을 받은 참이 달려 있습니다.", ""},
	"zh-CN": {"脚链长 24 厘米，约合 9.5 英寸，吊饰灵感来自 Ganga 河畔的莲花。", ""},
	"zh-TW": {"腳鍊長 24 公分，約 9.5 英寸，吊飾靈感來自 Ganga 河畔的蓮花。", ""},
}

// TestKindsCheapWordsEveryLocale: a style-guide existence token that is a
// word of some languages (data/<lang>/glossary.yaml) matches only copy in
// those languages, with its forms there: a token standing in copy of
// another language as a name or a word of another sense passes in every
// locale; the language's own word for cheap, inflected, blocks.
func TestKindsCheapWordsEveryLocale(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var tables []kindTable
	perLocale(t, cheapByLang, "cheap", func(loc string, x cheapTexts, in func([]string) []lt) {
		tables = append(tables, kindTable{"cheap token of another language " + loc, unitAnklet, "", in([]string{x.foreign})})
		if x.real != "" {
			tables = append(tables, kindTable{"cheap in the copy's language " + loc, unitAnklet, "banned_term", in([]string{x.real})})
		}
	})
	runKinds(t, c, guide(t), tables)
}
