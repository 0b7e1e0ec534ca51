package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// A finish claim needs the metal the piece shows (issue #13: tarnish and
// shine claims on plated steel passed because the steel under the plating
// licensed them). tarnish_proof's evidence is `surface`: an unplated body
// metal (stainless steel, titanium, platinum) or a feature. On gold-plated
// stainless steel without a feature the claim blocks; on unplated steel it
// is licensed when said plainly (weak evidence since the eleventh session:
// these claims, absolute in most languages, block there and pass with the
// tarnish-proof feature, TestKindsTarnishSurface11); the plated metal's own name ("الفولاذ المقاوم للصدأ", the
// Arabic for stainless steel) is no claim.
type surfaceTexts struct{ claims, name []string }

var surfaceByLang = map[string]surfaceTexts{
	"en":    {[]string{"It keeps its shine for years.", "A shine that never fades."}, []string{"The disc is gold-plated stainless steel."}},
	"fr":    {[]string{"Il ne ternira jamais."}, []string{"Le disque est en acier inoxydable plaqué or."}},
	"de":    {[]string{"Sie läuft niemals an."}, []string{"Die Scheibe ist aus vergoldetem rostfreiem Edelstahl."}},
	"it":    {[]string{"Non si ossiderà mai."}, []string{"Il disco è in acciaio inossidabile placcato oro."}},
	"es":    {[]string{"Nunca se oscurecerá."}, []string{"El disco es de acero inoxidable bañado en oro."}},
	"pt":    {[]string{"Nunca vai escurecer."}, []string{"O disco é de aço inoxidável banhado a ouro."}},
	"nl":    {[]string{"Hij verkleurt nooit."}, []string{"De schijf is van verguld roestvrij staal."}},
	"sv":    {[]string{"Den mörknar aldrig."}, []string{"Skivan är av guldpläterat rostfritt stål."}},
	"da":    {[]string{"Den anløber aldrig."}, []string{"Skiven er af forgyldt rustfrit stål."}},
	"nb":    {[]string{"Den mørkner aldri."}, []string{"Skiven er av gullbelagt rustfritt stål."}},
	"fi":    {[]string{"Se ei koskaan tummu."}, []string{"Kiekko on kullattua ruostumatonta terästä."}},
	"pl":    {[]string{"Nie ciemnieje nawet po latach."}, []string{"Krążek jest z pozłacanej stali nierdzewnej."}},
	"cs":    {[]string{"Nikdy nezčerná."}, []string{"Kotouč je z pozlacené nerezové oceli."}},
	"el":    {[]string{"Δεν μαυρίζει ποτέ."}, []string{"Ο δίσκος είναι από επιχρυσωμένο ανοξείδωτο ατσάλι."}},
	"tr":    {[]string{"Asla kararmaz."}, []string{"Disk altın kaplama paslanmaz çeliktir."}},
	"ar":    {[]string{"لن يسود أبداً."}, []string{"القرص من الفولاذ المقاوم للصدأ المطلي بالذهب."}},
	"ja":    {[]string{"変色しません。"}, []string{"ディスクはゴールドメッキのステンレススチールです。"}},
	"ko":    {[]string{"변색되지 않습니다."}, []string{"디스크는 골드 도금 스테인리스 스틸입니다."}},
	"zh":    {[]string{"永不褪色。"}, []string{"圆盘为镀金不锈钢。"}},
	"zh-TW": {[]string{"永不褪色。"}, []string{"圓盤為鍍金不鏽鋼。"}},
}

func TestClaimsNeedTheSurfaceMetal(t *testing.T) {
	t.Parallel()
	plated := core.Product{SKU: "S1", Name: "Nova", Category: "necklace", Metals: []core.Metal{{Base: "stainless steel", Plating: "gold"}}, Colours: []string{"gold"}}
	steel := core.Product{SKU: "S2", Name: "Nova", Category: "necklace", Metals: []core.Metal{{Base: "stainless steel"}}, Colours: []string{"silver"}}
	c := NewScoped(grounding.CheckScoped)
	var tables []kindTable
	perLocale(t, surfaceByLang, "surface", func(loc string, tx surfaceTexts, in func([]string) []lt) {
		tables = append(tables,
			kindTable{"finish claim on plated steel " + loc, plated, CatClaim, in(tx.claims)},
			kindTable{"finish claim on steel with the feature " + loc, withTarnishProof(steel), "", in(tx.claims)},
			kindTable{"plated steel named " + loc, plated, "", in(tx.name)})
	})
	runKinds(t, c, guide(t), tables)
}
