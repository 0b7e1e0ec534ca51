package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of platinggold65's rows: rose gold plating (0.5 µm) over
// brass, gold plating of 1 µm over sterling silver, and a vermeil that
// meets the floor (18k, 3 µm over sterling silver).
var (
	pg65Brass = core.Product{SKU: "PG65B", Name: "Link Bracelet", Category: "bracelet", Collection: "Timeless",
		Metals: []core.Metal{{Base: "brass", Plating: "rose gold", PlatingMicrons: 0.5}}, Colours: []string{"rose gold"}}
	pg65Thin = core.Product{SKU: "PG65T", Name: "Drop Necklace", Category: "necklace", Collection: "Moments",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "gold", PlatingMicrons: 1}}, Colours: []string{"gold"}}
	pg65Vermeil = core.Product{SKU: "PG65V", Name: "Drop Necklace", Category: "necklace", Collection: "Moments",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "18k", Plating: "gold", PlatingMicrons: 3}}, Colours: []string{"gold"}}
)

// Vermeil said of a gold plating that does not qualify for the word (#13,
// plating_gold65): gold over brass, or a layer under 2.5 microns over
// sterling silver ("es de vermeil de oro rosa" on rose-gold-plated brass,
// "está hecho en vermeil" on 1 µm of gold). 16 CFR 23.5(b) reserves
// vermeil for sterling silver with at least 2.5 microns of gold of 10
// karat or more: the word misdescribes the metal, a regulatory finding.
func TestKindsPlatingGold65Bad(t *testing.T) {
	t.Parallel()
	rows := pairRows(pg65Brass, true, [][2]string{
		{"es-MX", "La pulsera es de vermeil de oro rosa, con eslabones ovalados."},
		{"en-GB", "The bracelet is made of rose gold vermeil, with oval links."},
		{"fr-FR", "Le bracelet est en vermeil, avec des maillons ovales."},
		{"de-DE", "Das Armband ist aus Vermeil gefertigt."},
		{"it-IT", "Il bracciale è in vermeil, con maglie ovali."},
		{"nl-NL", "De armband is gemaakt van vermeil."},
	})
	rows = append(rows, pairRows(pg65Thin, true, [][2]string{
		{"es-ES", "El collar está hecho en vermeil, con una gota en el centro."},
		{"pt-BR", "O colar é feito de vermeil, com uma gota no centro."},
		{"pl-PL", "Naszyjnik jest wykonany z vermeil."},
		{"tr-TR", "Kolye vermeilden yapılmıştır."},
		{"ko-KR", "이 목걸이는 버메일로 만들었습니다."},
	})...)
	checkKindRows(t, checkService(t), CatRegulatory, rows)
}

// TestKindsPlatingGold65Ok: vermeil on a plating that meets the floor,
// and gold plating called plated, pass.
func TestKindsPlatingGold65Ok(t *testing.T) {
	t.Parallel()
	rows := pairRows(pg65Vermeil, false, [][2]string{
		{"es-ES", "El collar está hecho en vermeil, con una gota en el centro."},
		{"en-GB", "The necklace is gold vermeil over sterling silver."},
		{"fr-FR", "Le collier est en vermeil."},
		{"de-DE", "Die Kette ist aus Vermeil gefertigt."},
	})
	rows = append(rows, pairRows(pg65Brass, false, [][2]string{
		{"es-MX", "La pulsera está bañada en oro rosa, con eslabones ovalados."},
		{"en-GB", "The bracelet is rose gold-plated brass, with oval links."},
	})...)
	checkKindRows(t, checkService(t), "", rows)
}
