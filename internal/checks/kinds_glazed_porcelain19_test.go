package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Glazed porcelain called enamelled (#13, glazed_porcelain19, the
// nineteenth blind set's released half): "un camélia de 16 mm en porcelaine
// émaillée" on a porcelain pendant blocked grounding.material as enamel.
// On porcelain and other ceramics the enamel words name the glaze, a
// vitreous coating fired onto the body (TLFi "émail": "vernis vitreux ...
// dont on recouvre la faïence, la porcelaine"; Duden "Email"; Treccani
// "smalto" 2; RAE "esmalte" 3; Encyclopaedia Britannica, "glaze"): a
// ceramic piece supports enamel in every pack (vocab/canon.yaml implies).
// Enamel on a piece with no ceramic still blocks.
func TestKindsGlazedPorcelain19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	por := core.Product{SKU: "P19", Name: "Porcelain Camellia Pendant", Category: "pendant", Collection: "Lumière",
		Materials: []string{"porcelain", "sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "rhodium", PlatingMicrons: 0.3}},
		Colours:    []string{"white", "blush pink", "silver"},
		Attributes: map[string]string{"porcelain": "glazed porcelain, hand-painted blush edges"}}
	cer := por
	cer.Name, cer.Materials = "Ceramic Bead Bracelet", []string{"ceramic", "sterling silver"}
	cer.Category, cer.Attributes = "bracelet", nil
	plain := por
	plain.Name, plain.Materials, plain.Attributes = "Camellia Pendant", []string{"sterling silver"}, nil
	rows := []kindRow{
		{"fr-FR", "Ce pendentif dessine un camélia de 16 mm en porcelaine émaillée, aux bords peints à la main.", por, false},
		{"fr-CA", "Ce pendentif dessine un camélia en porcelaine émaillée blanche.", por, false},
		{"en-GB", "The camellia is shaped in white enamelled porcelain, its edges painted by hand.", por, false},
		{"de-DE", "Die Kamelie ist aus emaillierter Porzellan gefertigt, mit handbemalten Rändern.", por, false},
		{"it-IT", "La camelia è in porcellana smaltata bianca, con i bordi dipinti a mano.", por, false},
		{"es-ES", "La camelia es de porcelana esmaltada blanca, con los bordes pintados a mano.", por, false},
		{"es-MX", "Las cuentas de cerámica esmaltada alternan con plata.", cer, false},
		{"pt-BR", "A camélia é de porcelana com esmalte branco, com bordas pintadas à mão.", por, false},
		{"nl-NL", "De camelia is van porselein met een witte emaille laag.", por, false},
		{"pl-PL", "Kamelia z porcelany pokrytej białą emalią.", por, false},
		{"zh-CN", "山茶花由白色珐琅瓷制成，花边手绘粉色。", por, false},
		{"ja-JP", "椿はエナメル仕上げの磁器で作られています。", por, false},
	}
	checkOwnAndControl(t, svc, "grounding", rows, func(kindRow) (core.Product, bool) { return plain, true })
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "The silver camellia is enamelled in white.", plain, true},
		{"fr-FR", "Le camélia en argent est émaillé de blanc.", plain, true},
		{"it-IT", "La camelia d'argento è smaltata di bianco.", plain, true},
		{"de-DE", "Die silberne Kamelie ist weiß emailliert.", plain, true},
	})
}
