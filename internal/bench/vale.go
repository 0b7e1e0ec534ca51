package bench

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/app"
	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/offline"
	"github.com/copydesk/copydesk/internal/styleguide"
)

// RoleCheck checks a corpus directory (BENCH_CHECK_CORPUS) with the full
// checker and prints the number of findings.
const RoleCheck = "check"

// measurements are sentences with numbers, units and decimals, written the
// way each language writes them: about half of real descriptions carry one.
var measurements = map[string]string{
	"en": " The heart measures 1.5 cm across on a 45 cm chain, with a 2.5 mm clasp.",
	"fr": " Le cœur mesure 1,5 cm sur une chaîne de 45 cm, avec un fermoir de 2,5 mm.",
	"de": " Das Herz misst 1,5 cm an einer 45 cm langen Kette mit einem 2,5-mm-Verschluss.",
	"it": " Il cuore misura 1,5 cm su una catena di 45 cm, con una chiusura di 2,5 mm.",
	"es": " El corazón mide 1,5 cm en una cadena de 45 cm, con un cierre de 2,5 mm.",
}

// corpusEntry is one text of a check corpus, stored beside it.
type corpusEntry struct {
	File    string       `json:"file"`
	Product core.Product `json:"product"`
	Locale  string       `json:"locale"`
}

// WriteCorpus writes n descriptions by the offline writer (the sample
// products under new names, six locales, half with measurements) as
// NNNNN.txt files in dir, with corpus.json naming each file's product and
// locale.
func WriteCorpus(dir string, n int) error {
	guide, err := styleguide.Parse(copydesk.ExampleStyleGuide)
	if err != nil {
		return err
	}
	var sample core.LaunchInput
	if err := json.Unmarshal(copydesk.SampleLaunch, &sample); err != nil {
		return err
	}
	locales := []string{"en-GB", "en-US", "fr-FR", "de-DE", "it-IT", "es-ES"}
	var entries []corpusEntry
	for i := range n {
		p := sample.Products[(i/len(locales))%len(sample.Products)]
		p.SKU = fmt.Sprintf("C%05d", i/len(locales))
		p.Name = fmt.Sprintf("%s %d", p.Name, i/len(locales))
		loc := locales[i%len(locales)]
		text := offline.Write(core.GenerateRequest{Product: p, Locale: loc, Channel: "pdp", Guide: guide, Attempt: 1})
		if (i/len(locales))%2 == 0 {
			text += measurements[guide.Lang(loc)]
		}
		e := corpusEntry{File: fmt.Sprintf("%05d.txt", i), Product: p, Locale: loc}
		if err := os.WriteFile(filepath.Join(dir, e.File), []byte(text+"\n"), 0o644); err != nil {
			return err
		}
		entries = append(entries, e)
	}
	b, _ := json.Marshal(entries)
	return os.WriteFile(filepath.Join(dir, "corpus.json"), b, 0o644)
}

// runCheckCorpus is the check child: it loads the guide and the corpus and
// checks every text with the full checker (grounding on) against up to
// 100 neighbours of its locale, as a worker does.
func runCheckCorpus(dir string, stdout io.Writer) error {
	guide, err := styleguide.Parse(copydesk.ExampleStyleGuide)
	if err != nil {
		return err
	}
	b, err := os.ReadFile(filepath.Join(dir, "corpus.json"))
	if err != nil {
		return err
	}
	var entries []corpusEntry
	if err := json.Unmarshal(b, &entries); err != nil {
		return err
	}
	texts := make([]string, len(entries))
	byLocale := map[string][]core.Neighbour{}
	for i, e := range entries {
		t, err := os.ReadFile(filepath.Join(dir, e.File))
		if err != nil {
			return err
		}
		texts[i] = strings.TrimSpace(string(t))
		byLocale[e.Locale] = append(byLocale[e.Locale], core.Neighbour{SKU: e.Product.SKU, Text: texts[i]})
	}
	checker := app.NewChecker()
	findings := 0
	for i, e := range entries {
		nb := byLocale[e.Locale]
		// The up to 100 texts before this one in its locale, as a
		// launch's siblings already written.
		k := 0
		for k < len(nb) && nb[k].SKU != e.Product.SKU {
			k++
		}
		from := max(0, k-100)
		fs := checker.Check(core.CheckInput{Product: e.Product, Locale: e.Locale, Channel: "pdp", Text: texts[i],
			Guide: guide, Neighbours: nb[from:k]})
		findings += len(fs)
	}
	fmt.Fprintf(stdout, "checked %d texts: %d findings\n", len(entries), findings)
	return nil
}

// ValeResult compares one process checking a corpus with copydesk's full
// checker against Vale on the same files with the guide's rules that Vale
// can express, each on one core.
type ValeResult struct {
	Texts                int
	OwnCPU, OwnWall      time.Duration
	ValeCPU, ValeWall    time.Duration
	OwnLine              string // what the check child printed
	ValeAlerts, ValeRule int    // alerts Vale raised; rules it was given
}

// CompareVale writes a corpus of n texts and a Vale style for the guide's
// Vale-expressible rules into a temporary directory, then runs Vale (the
// binary at vale) and this program's check child over it, each pinned to
// one CPU with GOMAXPROCS=1, and measures their CPU time (the kernel's)
// and wall time. The figures include each process's start-up. With vale
// "" only copydesk's side runs.
func CompareVale(ctx context.Context, exe, vale string, n int) (ValeResult, error) {
	res := ValeResult{Texts: n}
	dir, err := os.MkdirTemp("", "copydesk-vale-")
	if err != nil {
		return res, err
	}
	defer os.RemoveAll(dir)
	texts := filepath.Join(dir, "texts")
	if err := os.Mkdir(texts, 0o755); err != nil {
		return res, err
	}
	if err := WriteCorpus(texts, n); err != nil {
		return res, err
	}
	guide, err := styleguide.Parse(copydesk.ExampleStyleGuide)
	if err != nil {
		return res, err
	}
	res.ValeRule, err = WriteValeStyle(filepath.Join(dir, "styles", "Copydesk"), guide)
	if err != nil {
		return res, err
	}
	ini := filepath.Join(dir, ".vale.ini")
	if err := os.WriteFile(ini, []byte("StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.txt]\nBasedOnStyles = Copydesk\n"), 0o644); err != nil {
		return res, err
	}

	// Vale first, then copydesk, then both again; the faster of the two
	// runs of each counts (the machine may be busy).
	runVale := func() error {
		out, cpu, wall, err := onOneCore(ctx, []string{"GOMAXPROCS=1"}, dir, vale, "--output=JSON", "--no-exit", "--config", ini, texts)
		if err != nil {
			return fmt.Errorf("vale: %w: %s", err, truncate(out, 500))
		}
		var alerts map[string][]json.RawMessage
		if err := json.Unmarshal([]byte(out), &alerts); err != nil {
			return fmt.Errorf("vale output: %w: %s", err, truncate(out, 500))
		}
		res.ValeAlerts = 0
		for _, a := range alerts {
			res.ValeAlerts += len(a)
		}
		if res.ValeCPU == 0 || cpu < res.ValeCPU {
			res.ValeCPU, res.ValeWall = cpu, wall
		}
		return nil
	}
	for range 2 {
		// Without a Vale binary only copydesk's side runs, for a
		// comparison made elsewhere.
		if vale != "" {
			if err := runVale(); err != nil {
				return res, err
			}
		}
		out, cpu, wall, err := onOneCore(ctx, []string{"GOMAXPROCS=1", "BENCH_CHECK_CORPUS=" + texts}, dir, exe, "-role", RoleCheck)
		if err != nil {
			return res, fmt.Errorf("check child: %w: %s", err, truncate(out, 500))
		}
		res.OwnLine = strings.TrimSpace(out)
		if res.OwnCPU == 0 || cpu < res.OwnCPU {
			res.OwnCPU, res.OwnWall = cpu, wall
		}
	}
	return res, nil
}

// onOneCore runs name with args pinned to CPU 0 (taskset, when the machine
// has it) and returns its output and the CPU and wall time it took.
func onOneCore(ctx context.Context, env []string, dir, name string, args ...string) (string, time.Duration, time.Duration, error) {
	if ts, err := exec.LookPath("taskset"); err == nil {
		args = append([]string{"-c", "0", name}, args...)
		name = ts
	}
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out strings.Builder
	cmd.Stdout = &out
	cmd.Stderr = &out
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return out.String(), 0, 0, err
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return out.String(), 0, 0, errors.New("no resource usage")
	}
	return out.String(), time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), wall, nil
}

// WriteValeStyle writes one Vale rule file per guide rule that Vale can
// express (existence, substitution, capitalization as an existence rule,
// occurrence, repetition, conditional) into dir, and returns how many it
// wrote. Readability, claims, the glossary, grounding and the other
// built-in checks have no Vale equivalent and are left out, so Vale does
// less than copydesk's checker on the same text. Locale scopes are
// dropped: Vale applies every rule to every file.
func WriteValeStyle(dir string, g *styleguide.Guide) (int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	level := func(l string) string {
		if l == styleguide.LevelBlock {
			return "error"
		}
		return "warning"
	}
	valeMessage := func(m string) string {
		if m == "" {
			return "'%s' breaks the style guide"
		}
		return m
	}
	n := 0
	write := func(id string, rule map[string]any) error {
		b, err := yaml.Marshal(rule)
		if err != nil {
			return err
		}
		n++
		return os.WriteFile(filepath.Join(dir, safeName(id)+".yml"), b, 0o644)
	}
	for _, r := range g.Rules {
		base := map[string]any{"message": valeMessage(r.Message), "level": level(r.Level), "scope": "text"}
		var err error
		switch r.Type {
		case styleguide.TypeExistence:
			if len(r.Tokens) > 0 {
				rule := clone(base)
				rule["extends"], rule["ignorecase"] = "existence", r.IgnoreCase
				var toks []string
				for _, t := range r.Tokens {
					toks = append(toks, regexp.QuoteMeta(t))
				}
				rule["tokens"] = toks
				err = write(r.ID, rule)
			}
			for i, p := range r.Patterns {
				if err != nil {
					break
				}
				rule := clone(base)
				rule["extends"], rule["nonword"], rule["tokens"] = "existence", true, []string{p}
				err = write(fmt.Sprintf("%s-%d", r.ID, i), rule)
			}
		case styleguide.TypeSubstitution:
			rule := clone(base)
			if r.Message == "" {
				rule["message"] = "Use '%s' instead of '%s'."
			}
			rule["extends"], rule["ignorecase"] = "substitution", r.IgnoreCase
			swap := map[string]string{}
			for bad, good := range r.Swap {
				swap[regexp.QuoteMeta(bad)] = good
			}
			rule["swap"] = swap
			err = write(r.ID, rule)
		case styleguide.TypeCapitalization:
			// Any casing of Match except Expect itself.
			rule := clone(base)
			rule["extends"] = "existence"
			rule["tokens"] = []string{"(?!" + regexp.QuoteMeta(r.Expect) + ")(?i:" + regexp.QuoteMeta(r.Match) + ")"}
			err = write(r.ID, rule)
		case styleguide.TypeOccurrence:
			rule := clone(base)
			rule["extends"], rule["max"], rule["token"] = "occurrence", r.Max, regexp.QuoteMeta(r.Token)
			err = write(r.ID, rule)
		case styleguide.TypeRepetition:
			rule := clone(base)
			rule["extends"], rule["alpha"], rule["tokens"] = "repetition", true, []string{`[^\s]+`}
			err = write(r.ID, rule)
		case styleguide.TypeConditional:
			rule := clone(base)
			rule["extends"], rule["first"], rule["second"] = "conditional", regexp.QuoteMeta(r.First), regexp.QuoteMeta(r.Second)
			err = write(r.ID, rule)
		}
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

func clone(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func safeName(id string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return '_'
	}, id)
}

// PrintVale prints a comparison.
func PrintVale(w io.Writer, r ValeResult) {
	fmt.Fprintf(w, "check %d texts, one core, whole process (best of 2):\n", r.Texts)
	fmt.Fprintf(w, "  copydesk (every check, grounding on, up to 100 neighbours): CPU %s, wall %s; %s\n",
		r.OwnCPU.Round(time.Millisecond), r.OwnWall.Round(time.Millisecond), r.OwnLine)
	if r.ValeCPU == 0 {
		fmt.Fprintf(w, "  Vale: not run (no binary); %.0f µs CPU a text\n", float64(r.OwnCPU.Microseconds())/float64(max(r.Texts, 1)))
		return
	}
	fmt.Fprintf(w, "  Vale (%d Vale-expressible rules): CPU %s, wall %s; %d alerts\n",
		r.ValeRule, r.ValeCPU.Round(time.Millisecond), r.ValeWall.Round(time.Millisecond), r.ValeAlerts)
	fmt.Fprintf(w, "  copydesk is %.1f× faster than Vale by CPU (%.1f× by wall); %.0f µs CPU a text\n",
		r.ValeCPU.Seconds()/r.OwnCPU.Seconds(), r.ValeWall.Seconds()/r.OwnWall.Seconds(),
		float64(r.OwnCPU.Microseconds())/float64(max(r.Texts, 1)))
}
