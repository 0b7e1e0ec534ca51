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
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/checkcorpus"
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

// corpusLocales are the locales of a check corpus, in turn.
var corpusLocales = []string{"en-GB", "en-US", "fr-FR", "de-DE", "it-IT", "es-ES"}

// WriteCorpus writes n descriptions by the offline writer (the sample
// products under new names, six locales, half with measurements) as
// NNNNN.<locale>.txt files in dir (the locale in the name lets Vale's
// configuration scope rules by locale), with corpus.json naming each
// file's product and locale.
func WriteCorpus(dir string, n int) error {
	guide, err := styleguide.Parse(copydesk.ExampleStyleGuide)
	if err != nil {
		return err
	}
	var sample core.LaunchInput
	if err := json.Unmarshal(copydesk.SampleLaunch, &sample); err != nil {
		return err
	}
	locales := corpusLocales
	var entries []checkcorpus.Entry
	for i := range n {
		p := sample.Products[(i/len(locales))%len(sample.Products)]
		p.SKU = fmt.Sprintf("C%05d", i/len(locales))
		p.Name = fmt.Sprintf("%s %d", p.Name, i/len(locales))
		loc := locales[i%len(locales)]
		text := offline.Write(core.GenerateRequest{Product: p, Locale: loc, Channel: "pdp", Guide: guide, Attempt: 1})
		if (i/len(locales))%2 == 0 {
			text += measurements[guide.Lang(loc)]
		}
		e := checkcorpus.Entry{File: fmt.Sprintf("%05d.%s.txt", i, loc), Product: p, Locale: loc}
		if err := os.WriteFile(filepath.Join(dir, e.File), []byte(text+"\n"), 0o644); err != nil {
			return err
		}
		entries = append(entries, e)
	}
	b, _ := json.Marshal(entries)
	return os.WriteFile(filepath.Join(dir, "corpus.json"), b, 0o644)
}

// ValeOptions configures CompareVale.
type ValeOptions struct {
	Exe string // this program (its check child runs copydesk's side)
	// CheckExe, when set, is cmd/checkcorpus: the same check over the same
	// corpus in a binary that links the checker alone, run after the
	// bench's own check child each round.
	CheckExe string
	Vale     string // the Vale binary; "" runs copydesk's side only
	Texts    int    // texts in the corpus
	Runs     int    // runs of each side, alternating (the median counts)
	CPU      int    // the CPU both sides are pinned to (taskset -c)
}

// ValeResult compares one process checking a corpus with copydesk's full
// checker against Vale on the same files with the guide's rules that Vale
// can express, each on one core. CPU and wall times are per run, in the
// order run (Vale on plain text, Vale reading the files as Markdown,
// copydesk, and again).
//
// Vale runs twice a round because it lints plain text (.txt) without its
// readability rules (they need the summary scope, which only markup
// formats build): once as plain text (every rule but readability), once
// with the files read as Markdown ([formats] txt = md: readability on,
// plus Vale's Markdown parsing of the same prose).
type ValeResult struct {
	Texts, CPU               int
	ValeVersion              string
	OwnCPU, OwnWall          []time.Duration
	ValeCPU, ValeWall        []time.Duration // plain text: no readability
	ValeMDCPU, ValeMDWall    []time.Duration // as Markdown: readability on
	OwnLine                  string          // what the check child printed
	LeanCPU, LeanWall        []time.Duration // cmd/checkcorpus (ValeOptions.CheckExe)
	LeanLine                 string          // what cmd/checkcorpus printed
	ValeAlerts, ValeMDAlerts int             // alerts Vale raised
	ValeRule                 int             // rule files Vale was given
}

// CompareVale writes a corpus of o.Texts texts and Vale styles for the
// guide's Vale-expressible rules into a temporary directory, then runs
// Vale and this program's check child over it o.Runs times each,
// alternating, each pinned to CPU o.CPU (taskset) with GOMAXPROCS=1, and
// measures their CPU time (the kernel's: user + system, rusage of the
// child) and wall time. The figures include each process's start-up.
func CompareVale(ctx context.Context, o ValeOptions) (ValeResult, error) {
	res := ValeResult{Texts: o.Texts, CPU: o.CPU}
	if o.Runs < 1 {
		o.Runs = 1
	}
	dir, err := os.MkdirTemp("", "copydesk-vale-")
	if err != nil {
		return res, err
	}
	defer os.RemoveAll(dir)
	texts := filepath.Join(dir, "texts")
	if err := os.Mkdir(texts, 0o755); err != nil {
		return res, err
	}
	if err := WriteCorpus(texts, o.Texts); err != nil {
		return res, err
	}
	guide, err := styleguide.Parse(copydesk.ExampleStyleGuide)
	if err != nil {
		return res, err
	}
	var ini string
	res.ValeRule, ini, err = WriteValeStyles(filepath.Join(dir, "styles"), guide, corpusLocales)
	if err != nil {
		return res, err
	}
	iniPath, mdPath := filepath.Join(dir, ".vale.ini"), filepath.Join(dir, "md.ini")
	if err := os.WriteFile(iniPath, []byte(ini), 0o644); err != nil {
		return res, err
	}
	// The global keys come first; [formats] before the globs.
	head, globs, _ := strings.Cut(ini, "\n\n")
	if err := os.WriteFile(mdPath, []byte(head+"\n\n[formats]\ntxt = md\n\n"+globs), 0o644); err != nil {
		return res, err
	}
	if o.Vale != "" {
		out, err := exec.CommandContext(ctx, o.Vale, "--version").CombinedOutput()
		if err != nil {
			return res, fmt.Errorf("vale --version: %w", err)
		}
		res.ValeVersion = strings.TrimSpace(string(out))
	}

	runVale := func(ini string, cpus, walls *[]time.Duration, alertCount *int) error {
		out, cpu, wall, err := onOneCore(ctx, o.CPU, []string{"GOMAXPROCS=1"}, dir, o.Vale, "--output=JSON", "--no-exit", "--config", ini, texts)
		if err != nil {
			return fmt.Errorf("vale: %w: %s", err, truncate(out, 500))
		}
		var alerts map[string][]json.RawMessage
		if err := json.Unmarshal([]byte(out), &alerts); err != nil {
			return fmt.Errorf("vale output: %w: %s", err, truncate(out, 500))
		}
		*alertCount = 0
		for _, a := range alerts {
			*alertCount += len(a)
		}
		*cpus, *walls = append(*cpus, cpu), append(*walls, wall)
		return nil
	}
	for range o.Runs {
		if o.Vale != "" {
			if err := runVale(iniPath, &res.ValeCPU, &res.ValeWall, &res.ValeAlerts); err != nil {
				return res, err
			}
			if err := runVale(mdPath, &res.ValeMDCPU, &res.ValeMDWall, &res.ValeMDAlerts); err != nil {
				return res, err
			}
		}
		out, cpu, wall, err := onOneCore(ctx, o.CPU, []string{"GOMAXPROCS=1", "BENCH_CHECK_CORPUS=" + texts}, dir, o.Exe, "-role", RoleCheck)
		if err != nil {
			return res, fmt.Errorf("check child: %w: %s", err, truncate(out, 500))
		}
		res.OwnLine = strings.TrimSpace(out)
		res.OwnCPU, res.OwnWall = append(res.OwnCPU, cpu), append(res.OwnWall, wall)
		if o.CheckExe != "" {
			out, cpu, wall, err := onOneCore(ctx, o.CPU, []string{"GOMAXPROCS=1", "BENCH_CHECK_CORPUS=" + texts}, dir, o.CheckExe)
			if err != nil {
				return res, fmt.Errorf("checkcorpus: %w: %s", err, truncate(out, 500))
			}
			res.LeanLine = strings.TrimSpace(out)
			res.LeanCPU, res.LeanWall = append(res.LeanCPU, cpu), append(res.LeanWall, wall)
		}
	}
	return res, nil
}

// median of durations (the mean of the middle two for an even count).
func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// onOneCore runs name with args pinned to one CPU (taskset, when the
// machine has it) and returns its output and the CPU (user + system, from
// the kernel) and wall time it took.
func onOneCore(ctx context.Context, cpu int, env []string, dir, name string, args ...string) (string, time.Duration, time.Duration, error) {
	if ts, err := exec.LookPath("taskset"); err == nil {
		args = append([]string{"-c", strconv.Itoa(cpu), name}, args...)
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

// ValeStyle is the style of rules that apply in every locale; the rules of
// one locale are in ValeStyle-<locale>.
const ValeStyle = "Copydesk"

// WriteValeStyles writes one Vale rule file per guide rule that Vale can
// express into styles/Copydesk (every locale) and styles/Copydesk-<locale>
// (rules scoped to some of locales), and returns how many files it wrote
// and a .vale.ini (StylesPath "styles", relative to the ini) that applies
// them to NNNNN.<locale>.txt files.
//
// Expressed: the guide's rules (existence, substitution, capitalization as
// an existence rule, occurrence, repetition, conditional), readability
// (Vale's readability extension for the Flesch-Kincaid grade, occurrence
// over sentence scope for the longest sentence, the metric extension for
// the average), the glossary's forbidden terms and their translations and
// the renderings it says to avoid (existence), and the competitors
// (existence). Claims (licensed by the product's facts), grounding, the
// concept data, safety, language and the other built-in checks have no
// Vale equivalent and are left out, so Vale does less than copydesk's
// checker on the same text.
func WriteValeStyles(stylesDir string, g *styleguide.Guide, locales []string) (int, string, error) {
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
	styles := map[string]bool{}
	// write puts a rule into the style of every locale it applies to:
	// the shared style when scope is empty.
	write := func(scope []string, id string, rule map[string]any) error {
		b, err := yaml.Marshal(rule)
		if err != nil {
			return err
		}
		var names []string
		if len(scope) == 0 {
			names = []string{ValeStyle}
		} else {
			r := styleguide.Rule{Locales: scope}
			for _, loc := range locales {
				if r.AppliesTo(loc) {
					names = append(names, ValeStyle+"-"+loc)
				}
			}
		}
		for _, name := range names {
			dir := filepath.Join(stylesDir, name)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			n++
			styles[name] = true
			if err := os.WriteFile(filepath.Join(dir, safeName(id)+".yml"), b, 0o644); err != nil {
				return err
			}
		}
		return nil
	}
	quote := func(ts []string) []string {
		var out []string
		for _, t := range ts {
			out = append(out, regexp.QuoteMeta(t))
		}
		return out
	}
	for _, r := range g.Rules {
		base := map[string]any{"message": valeMessage(r.Message), "level": level(r.Level), "scope": "text"}
		var err error
		switch r.Type {
		case styleguide.TypeExistence:
			if len(r.Tokens) > 0 {
				rule := clone(base)
				rule["extends"], rule["ignorecase"], rule["tokens"] = "existence", r.IgnoreCase, quote(r.Tokens)
				err = write(r.Locales, r.ID, rule)
			}
			for i, p := range r.Patterns {
				if err != nil {
					break
				}
				rule := clone(base)
				rule["extends"], rule["nonword"], rule["tokens"] = "existence", true, []string{p}
				err = write(r.Locales, fmt.Sprintf("%s-%d", r.ID, i), rule)
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
			err = write(r.Locales, r.ID, rule)
		case styleguide.TypeCapitalization:
			// Any casing of Match except Expect itself.
			rule := clone(base)
			rule["extends"] = "existence"
			rule["tokens"] = []string{"(?!" + regexp.QuoteMeta(r.Expect) + ")(?i:" + regexp.QuoteMeta(r.Match) + ")"}
			err = write(r.Locales, r.ID, rule)
		case styleguide.TypeOccurrence:
			rule := clone(base)
			rule["extends"], rule["max"], rule["token"] = "occurrence", r.Max, regexp.QuoteMeta(r.Token)
			err = write(r.Locales, r.ID, rule)
		case styleguide.TypeRepetition:
			rule := clone(base)
			rule["extends"], rule["alpha"], rule["tokens"] = "repetition", true, []string{`[^\s]+`}
			err = write(r.Locales, r.ID, rule)
		case styleguide.TypeConditional:
			rule := clone(base)
			rule["extends"], rule["first"], rule["second"] = "conditional", regexp.QuoteMeta(r.First), regexp.QuoteMeta(r.Second)
			err = write(r.Locales, r.ID, rule)
		case styleguide.TypeReadability:
			if r.MaxGrade > 0 {
				rule := clone(base)
				rule["message"] = "reading grade above the guide's"
				rule["extends"], rule["metrics"], rule["grade"] = "readability", []string{"Flesch-Kincaid"}, r.MaxGrade
				err = write(r.Locales, r.ID+"-grade", rule)
			}
			if err == nil && r.MaxSentenceWords > 0 {
				rule := clone(base)
				rule["message"] = "sentence longer than the guide's limit"
				rule["extends"], rule["scope"], rule["max"], rule["token"] = "occurrence", "sentence", r.MaxSentenceWords, `\b(\w+)\b`
				err = write(r.Locales, r.ID+"-sentence", rule)
			}
			if err == nil && r.MaxAvgSentenceWords > 0 {
				rule := clone(base)
				rule["message"] = "average sentence longer than the guide's"
				rule["extends"], rule["formula"], rule["condition"] = "metric", "words / sentences", fmt.Sprintf("> %g", r.MaxAvgSentenceWords)
				err = write(r.Locales, r.ID+"-average", rule)
			}
			if err == nil && r.MinAvgSentenceWords > 0 {
				rule := clone(base)
				rule["message"] = "average sentence shorter than the guide's"
				rule["extends"], rule["formula"], rule["condition"] = "metric", "words / sentences", fmt.Sprintf("< %g", r.MinAvgSentenceWords)
				err = write(r.Locales, r.ID+"-average-min", rule)
			}
		}
		if err != nil {
			return n, "", err
		}
	}
	// The glossary: forbidden terms everywhere, their translations and the
	// renderings to avoid in their locales.
	glossary := func(loc string) []string {
		var toks []string
		for _, e := range g.Glossary {
			if e.Kind == styleguide.KindForbidden {
				if loc == "" {
					toks = append(toks, e.Term)
				} else if t, ok := e.Translations[loc]; ok {
					toks = append(toks, t)
				}
			}
			if loc != "" {
				toks = append(toks, e.Avoid[loc]...)
			}
		}
		return toks
	}
	for _, loc := range append([]string{""}, locales...) {
		toks := glossary(loc)
		if len(toks) == 0 {
			continue
		}
		var scope []string
		if loc != "" {
			scope = []string{loc}
		}
		rule := map[string]any{"message": "'%s' is not the glossary's term", "level": "error", "scope": "text",
			"extends": "existence", "ignorecase": true, "tokens": quote(toks)}
		if err := write(scope, "glossary", rule); err != nil {
			return n, "", err
		}
	}
	if len(g.Competitors) > 0 {
		rule := map[string]any{"message": "'%s' is a competitor", "level": "error", "scope": "text",
			"extends": "existence", "ignorecase": true, "tokens": quote(g.Competitors)}
		if err := write(nil, "competitors", rule); err != nil {
			return n, "", err
		}
	}
	var ini strings.Builder
	ini.WriteString("StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.txt]\nBasedOnStyles = " + ValeStyle + "\n")
	for _, loc := range locales {
		if styles[ValeStyle+"-"+loc] {
			fmt.Fprintf(&ini, "\n[*.%s.txt]\nBasedOnStyles = %s, %s-%s\n", loc, ValeStyle, ValeStyle, loc)
		}
	}
	return n, ini.String(), nil
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

// PrintVale prints a comparison: the median of each side's runs and
// every run.
func PrintVale(w io.Writer, r ValeResult) {
	ms := func(ds []time.Duration) string {
		var parts []string
		for _, d := range ds {
			parts = append(parts, strconv.FormatInt(d.Milliseconds(), 10))
		}
		return strings.Join(parts, " ")
	}
	fmt.Fprintf(w, "check %d texts, one core (CPU %d), whole process, median of %d runs each, alternating:\n", r.Texts, r.CPU, len(r.OwnCPU))
	own, ownWall := median(r.OwnCPU), median(r.OwnWall)
	fmt.Fprintf(w, "  copydesk (every check, grounding on, up to 100 neighbours): CPU %s, wall %s; %.0f µs CPU a text; %s\n",
		own.Round(time.Millisecond), ownWall.Round(time.Millisecond), float64(own.Microseconds())/float64(max(r.Texts, 1)), r.OwnLine)
	fmt.Fprintf(w, "    runs, CPU ms: %s\n", ms(r.OwnCPU))
	if len(r.ValeCPU) == 0 {
		fmt.Fprintf(w, "  Vale: not run (no binary)\n")
		return
	}
	lean, leanWall := median(r.LeanCPU), median(r.LeanWall)
	if len(r.LeanCPU) > 0 {
		fmt.Fprintf(w, "  copydesk, cmd/checkcorpus (the same check, the checker alone linked): CPU %s, wall %s; %.0f µs CPU a text; %s\n",
			lean.Round(time.Millisecond), leanWall.Round(time.Millisecond), float64(lean.Microseconds())/float64(max(r.Texts, 1)), r.LeanLine)
		fmt.Fprintf(w, "    runs, CPU ms: %s\n", ms(r.LeanCPU))
	}
	if len(r.ValeCPU) == 0 {
		fmt.Fprintf(w, "  Vale: not run (no binary)\n")
		return
	}
	fmt.Fprintf(w, "  %s, %d Vale-expressible rule files:\n", r.ValeVersion, r.ValeRule)
	// ratios are the ratios of v to the copydesk side own within each
	// round (the two ran minutes apart at most), sorted.
	ratios := func(v, own []time.Duration) []float64 {
		var rs []float64
		for i := range min(len(v), len(own)) {
			rs = append(rs, v[i].Seconds()/own[i].Seconds())
		}
		slices.Sort(rs)
		return rs
	}
	for _, v := range []struct {
		name      string
		cpu, wall []time.Duration
		alerts    int
	}{{"plain text, no readability", r.ValeCPU, r.ValeWall, r.ValeAlerts}, {"as Markdown, readability on", r.ValeMDCPU, r.ValeMDWall, r.ValeMDAlerts}} {
		vale, valeWall := median(v.cpu), median(v.wall)
		fmt.Fprintf(w, "  Vale, %s: CPU %s, wall %s; %.0f µs CPU a text; %d alerts; copydesk is %.1f× faster by CPU (%.1f× by wall)\n",
			v.name, vale.Round(time.Millisecond), valeWall.Round(time.Millisecond), float64(vale.Microseconds())/float64(max(r.Texts, 1)), v.alerts,
			vale.Seconds()/own.Seconds(), valeWall.Seconds()/ownWall.Seconds())
		rs := ratios(v.cpu, r.OwnCPU)
		fmt.Fprintf(w, "    runs, CPU ms: %s; the rounds' ratios %s, median %.1f×\n", ms(v.cpu), fmtRatios(rs), rs[len(rs)/2])
		if len(r.LeanCPU) > 0 {
			rs := ratios(v.cpu, r.LeanCPU)
			fmt.Fprintf(w, "    cmd/checkcorpus is %.1f× faster by CPU (%.1f× by wall); the rounds' ratios %s, median %.1f×\n",
				vale.Seconds()/lean.Seconds(), valeWall.Seconds()/leanWall.Seconds(), fmtRatios(rs), rs[len(rs)/2])
		}
	}
}

func fmtRatios(rs []float64) string {
	var parts []string
	for _, r := range rs {
		parts = append(parts, strconv.FormatFloat(r, 'f', 1, 64))
	}
	return strings.Join(parts, " ")
}
