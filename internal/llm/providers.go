package llm

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/copydesk/copydesk/internal/core"
)

// ProviderConfig is one entry of the providers file (LLM_PROVIDERS_FILE):
//
//	providers:
//	  - {name: primary, base_url: "https://api.openai.com/v1", api_key_env: OPENAI_API_KEY,
//	     model: gpt-4o-mini, rpm: 500, tpm: 200000, weight: 3, timeout: 60s,
//	     price: {prompt_per_1k: 0.00015, completion_per_1k: 0.0006}}
//	  - {name: azure, base_url: "https://NAME.openai.azure.com", api_key_env: AZURE_OPENAI_KEY,
//	     model: gpt-4o, azure: {api_version: "2024-10-21", deployment: copy-writer}}
//
// The key itself never sits in the file: api_key_env names the environment
// variable that holds it.
type ProviderConfig struct {
	Name      string `yaml:"name"`
	BaseURL   string `yaml:"base_url"`
	APIKeyEnv string `yaml:"api_key_env"`
	// APIKey is read from APIKeyEnv when the file is loaded.
	APIKey           string       `yaml:"-"`
	Model            string       `yaml:"model"`
	RPM              int          `yaml:"rpm"`
	TPM              int          `yaml:"tpm"`
	Weight           *int         `yaml:"weight"` // default 1; 0 = fallback only
	Timeout          Duration     `yaml:"timeout"`
	MaxTokens        int          `yaml:"max_tokens"`
	Temperature      float32      `yaml:"temperature"`
	StructuredOutput string       `yaml:"structured_output"` // auto, json_schema, json_object, none
	Azure            *AzureConfig `yaml:"azure"`
	Price            PriceConfig  `yaml:"price"`
	// Line is where the entry starts in the file, for messages.
	Line int `yaml:"-"`
}

// AzureConfig marks an Azure OpenAI provider; `azure: {}` takes defaults.
type AzureConfig struct {
	APIVersion string `yaml:"api_version"`
	Deployment string `yaml:"deployment"` // default: the model name
}

// PriceConfig is the provider's price per 1,000 tokens.
type PriceConfig struct {
	PromptPer1K     float64 `yaml:"prompt_per_1k"`
	CompletionPer1K float64 `yaml:"completion_per_1k"`
}

// Duration reads "30s" or "2m" from YAML.
type Duration time.Duration

// UnmarshalYAML parses a Go duration string.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	v, err := time.ParseDuration(n.Value)
	if err != nil || v <= 0 {
		return fmt.Errorf("line %d: timeout must be a positive duration such as 30s, got %q", n.Line, n.Value)
	}
	*d = Duration(v)
	return nil
}

// EffectiveWeight is Weight with its default.
func (p ProviderConfig) EffectiveWeight() int {
	if p.Weight == nil {
		return 1
	}
	return *p.Weight
}

// LoadProviders reads a providers file and the keys it names.
func LoadProviders(path string, getenv func(string) string) ([]ProviderConfig, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("providers file: %w", err)
	}
	ps, err := ParseProviders(b, getenv)
	if err != nil {
		return nil, fmt.Errorf("providers file %s: %w", path, err)
	}
	return ps, nil
}

// ParseProviders reads a providers document. Unknown keys are refused with
// their line, so that a misspelt "rmp" does not silently lift a limit.
func ParseProviders(src []byte, getenv func(string) string) ([]ProviderConfig, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(src, &root); err != nil {
		return nil, err
	}
	if err := refuseInlineKeys(&root); err != nil {
		return nil, err
	}
	var doc struct {
		Providers []ProviderConfig `yaml:"providers"`
	}
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("no providers listed")
		}
		return nil, err
	}
	lines := providerLines(&root)
	var errs []string
	seen := map[string]int{}
	for i := range doc.Providers {
		p := &doc.Providers[i]
		if i < len(lines) {
			p.Line = lines[i]
		}
		bad := func(format string, args ...any) {
			errs = append(errs, fmt.Sprintf("line %d: provider %q: %s", p.Line, p.Name, fmt.Sprintf(format, args...)))
		}
		switch {
		case p.Name == "":
			bad("name is required")
		case strings.ContainsAny(p.Name, " /:"):
			bad("name may not contain spaces, slashes or colons")
		case seen[p.Name] != 0:
			bad("name is also used at line %d", seen[p.Name])
		}
		seen[p.Name] = p.Line
		if p.Model == "" {
			bad("model is required")
		}
		if p.Azure != nil && p.BaseURL == "" {
			bad("base_url is required for Azure (https://NAME.openai.azure.com)")
		}
		if p.BaseURL != "" && !strings.HasPrefix(p.BaseURL, "http://") && !strings.HasPrefix(p.BaseURL, "https://") {
			bad("base_url must start with http:// or https://")
		}
		if p.RPM < 0 || p.TPM < 0 || p.MaxTokens < 0 {
			bad("rpm, tpm and max_tokens must not be negative")
		}
		if p.Weight != nil && *p.Weight < 0 {
			bad("weight must not be negative")
		}
		switch strings.ToLower(p.StructuredOutput) {
		case "", "auto", "json_schema", "json_object", "none":
		default:
			bad("structured_output must be auto, json_schema, json_object or none")
		}
		if p.APIKeyEnv != "" {
			p.APIKey = getenv(p.APIKeyEnv)
			if p.APIKey == "" {
				bad("environment variable %s (api_key_env) is empty", p.APIKeyEnv)
			}
		}
	}
	if len(doc.Providers) == 0 && len(errs) == 0 {
		errs = append(errs, "no providers listed")
	}
	weighted := 0
	for _, p := range doc.Providers {
		weighted += p.EffectiveWeight()
	}
	if len(doc.Providers) > 0 && weighted == 0 {
		errs = append(errs, "every provider has weight 0: give at least one a weight")
	}
	if len(errs) > 0 {
		return nil, errors.New(strings.Join(errs, "; "))
	}
	return doc.Providers, nil
}

// refuseInlineKeys rejects an api_key written into the file: keys belong
// in the environment (or a secret store feeding it), not in config files
// that get committed and copied around.
func refuseInlineKeys(n *yaml.Node) error {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if k := n.Content[i]; k.Value == "api_key" || k.Value == "apikey" || k.Value == "key" {
				return fmt.Errorf("line %d: %s is not allowed in the providers file; put the key in an environment variable and name it with api_key_env", k.Line, k.Value)
			}
		}
	}
	for _, c := range n.Content {
		if err := refuseInlineKeys(c); err != nil {
			return err
		}
	}
	return nil
}

// providerLines returns the line of each entry of the providers list.
func providerLines(root *yaml.Node) []int {
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 {
		return nil
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == "providers" && m.Content[i+1].Kind == yaml.SequenceNode {
			var lines []int
			for _, item := range m.Content[i+1].Content {
				lines = append(lines, item.Line)
			}
			return lines
		}
	}
	return nil
}

// Provider makes the routing entry for p around gen, the generator built
// from p (internal/openai in production).
func (p ProviderConfig) Provider(gen core.Generator) Provider {
	return Provider{
		Name:        p.Name,
		Generator:   gen,
		Limit:       Limit{RPM: float64(p.RPM), TPM: float64(p.TPM)},
		Weight:      p.EffectiveWeight(),
		ReplyTokens: p.MaxTokens,
	}
}
