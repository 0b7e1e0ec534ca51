package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsSuperlab35 (#13, superlab35): the superlatives of beauty and
// refinement that grade a piece ("die schönsten Ringe", "Our finest ring",
// "de mooiste ring", "najpiękniejsze pierścionki", "en güzel yüzüğü",
// 最精美的戒指, "l'anello più bello") and the missing inflections of the
// listed ones ("die besten") passed in every locale but the few piece
// phrases the data spelled out: claim.superlative (UK CAP Code rules 3.7
// and 3.33, Directive 2005/29/EC art. 6) now reads data/<lang>/
// superlatives.yaml graded, graded_after and pieces. The twins pass: the
// superlative of a moment or a look ("für die schönsten Momente", "am
// schönsten", "los mejores momentos", 最高の瞬間, "en güzel şekilde"), a
// comparative ("يبدو الخاتم أجمل مع"), the material's provenance
// ("Najpiękniejsze okazy pochodzą z Bahii"), a fact ("Our smallest size is
// 48 mm") and "our best-selling ring".
func TestKindsSuperlab35(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "SL35", Name: "Aurora Ring", Category: "ring", Collection: "Moments",
		Materials: []string{"18k yellow gold"}, Metals: []core.Metal{{Base: "gold", Fineness: "750"}},
		Colours: []string{"gold"}}
	block := [][2]string{
		{"en-GB", "Our finest ring, cast in 18k gold and polished by hand."},
		{"en-US", "The Aurora Ring is our finest piece yet, in 18k gold."},
		{"en-AU", "An unrivalled ring in 18k yellow gold."},
		{"en-GB", "This is the finest ring we have ever made, in 18k gold."},
		{"de-DE", "Die besten Ringe der Kollektion, aus 18 Karat Gold."},
		{"de-DE", "Einer der schönsten Ringe, die wir je gefertigt haben, aus 18 Karat Gold."},
		{"de-DE", "Das Feinste, was unsere Goldschmiede je geschaffen haben: ein Ring aus 18 Karat Gold."},
		{"de-DE", "Dieser Ring aus 18 Karat Gold gehört zu den edelsten Stücken der Kollektion."},
		{"de-DE", "Unser schönster Ring, aus 18 Karat Gold."},
		{"fr-FR", "Les plus beaux bijoux de la collection : une bague en or 18 carats."},
		{"fr-FR", "Notre plus belle bague, en or jaune 18 carats."},
		{"fr-CA", "Une des plus belles bagues de notre atelier, en or 18 carats."},
		{"es-ES", "Los mejores anillos de la colección, en oro de 18 quilates."},
		{"es-MX", "Nuestro anillo más bonito, en oro de 18 quilates."},
		{"it-IT", "I più belli della collezione: un anello in oro 18 carati."},
		{"it-IT", "Il nostro anello più bello, in oro 18 carati."},
		{"pt-PT", "Os melhores anéis da coleção, em ouro de 18 quilates."},
		{"pt-BR", "O anel mais bonito da coleção, em ouro 18 quilates."},
		{"nl-NL", "De mooiste ring van de collectie, in 18 karaat goud."},
		{"nl-NL", "Onze mooiste ring, in 18 karaat goud."},
		{"sv-SE", "De vackraste ringarna i kollektionen, i 18 karat guld."},
		{"sv-SE", "Vår vackraste ring, i 18 karat guld."},
		{"da-DK", "Vores smukkeste ring, i 18 karat guld."},
		{"nb-NO", "Den vakreste ringen i kolleksjonen, i 18 karat gull."},
		{"fi-FI", "Kaunein sormuksemme, 18 karaatin kultaa."},
		{"pl-PL", "Najpiękniejsze pierścionki w kolekcji, z 18-karatowego złota."},
		{"pl-PL", "Najpiękniejszy pierścionek z naszej kolekcji, ze złota."},
		{"cs-CZ", "Nejkrásnější prsten celé kolekce, z 18karátového zlata."},
		{"tr-TR", "Koleksiyonun en güzel yüzüğü, 18 ayar altından."},
		{"el-GR", "Τα ωραιότερα δαχτυλίδια της συλλογής, από χρυσό 18 καρατίων."},
		{"el-GR", "Το πιο όμορφο δαχτυλίδι της συλλογής, από χρυσό 18 καρατίων."},
		{"ar-AE", "أجمل خاتم في المجموعة، من الذهب عيار 18."},
		{"ja-JP", "最高の指輪を、18金で仕立てました。"},
		{"ja-JP", "コレクションで最も美しい指輪です。18金製。"},
		{"ko-KR", "컬렉션에서 가장 아름다운 반지, 18K 골드입니다."},
		{"zh-CN", "最精美的戒指，采用18K金打造。"},
		{"zh-TW", "系列中最美的戒指，以18K金打造。"},
	}
	pass := [][2]string{
		{"de-DE", "Für die schönsten Momente des Lebens: ein Ring aus 18 Karat Gold."},
		{"de-DE", "Am schönsten wirkt der Ring aus 18 Karat Gold zu einem schlichten Kleid."},
		{"en-GB", "Our smallest size is 48 mm; the ring is 18k gold."},
		{"en-US", "Wear it for the finest moments of your day; the ring is 18k gold."},
		{"fr-FR", "Pour les plus beaux moments de la vie, une bague en or 18 carats."},
		{"es-ES", "Para los mejores momentos de tu vida, un anillo de oro de 18 quilates."},
		{"it-IT", "Per i momenti più belli della vita, un anello in oro 18 carati."},
		{"pt-BR", "Para os melhores momentos da vida, um anel de ouro 18 quilates."},
		{"nl-NL", "Voor de mooiste momenten van het leven: een ring van 18 karaat goud."},
		{"sv-SE", "För de vackraste stunderna i livet: en ring i 18 karat guld."},
		{"pl-PL", "Na najpiękniejsze chwile w życiu: pierścionek ze złota."},
		{"tr-TR", "En güzel anlarınız için 18 ayar altın bir yüzük."},
		{"ar-AE", "يبدو الخاتم أجمل مع فستان بسيط، وهو من الذهب عيار 18."},
		{"ja-JP", "最高の瞬間のために、18金の指輪を。"},
		{"ko-KR", "최고의 순간을 위한 18K 골드 반지입니다."},
		{"zh-CN", "为最美的时刻，献上这枚18K金戒指。"},
		{"en-GB", "Gold is one of the softest precious metals, so the ring is 18k gold for strength."},
		{"en-GB", "Our best-selling ring, cast in 18k gold."},
		{"de-DE", "Die schönsten Stücke stammen aus den Minen am Ural; dieser Ring ist aus 18 Karat Gold."},
		{"pl-PL", "Najpiękniejsze okazy pochodzą z Bahii w Brazylii, a pierścionek jest ze złota."},
		{"ar-AE", "ويبدو الخاتم أجمل مع الشعر المرفوع، وهو من الذهب عيار 18."},
		{"fr-FR", "La bague en or 18 carats est plus belle portée seule."},
		{"it-IT", "Un anello in oro 18 carati per le più belle emozioni della vita."},
		{"tr-TR", "Yüzük en güzel şekilde sade kıyafetlerle görünür."},
		{"zh-CN", "最好的方法是用软布擦拭这枚18K金戒指。"},
		{"el-GR", "Για τις πιο όμορφες στιγμές, ένα δαχτυλίδι από χρυσό 18 καρατίων."},
		{"ko-KR", "가장 아름다운 순간을 위한 18K 골드 반지입니다."},
		{"sv-SE", "Ringen i 18 karat guld är vackrast med en enkel klänning."},
		{"nl-NL", "De ring van 18 karaat goud staat het mooist bij een eenvoudige jurk."},
	}
	var b, ps []kindRow
	for _, r := range block {
		b = append(b, kindRow{r[0], r[1], p, true})
	}
	for _, r := range pass {
		ps = append(ps, kindRow{r[0], r[1], p, false})
	}
	checkKindRows(t, svc, CatClaim, b)
	checkKindRows(t, svc, "", ps)
}
