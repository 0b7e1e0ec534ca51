package appcore

import "testing"

func TestWithPoolSize(t *testing.T) {
	tests := []struct {
		in   string
		pool int
		want string
	}{
		{"sqlite:./x.db", 0, "sqlite:./x.db"},
		{"sqlite:./x.db", WorkerPoolSize, "sqlite:./x.db"},
		{"postgres://h/db", 0, "postgres://h/db?pool_max_conns=25"},
		{"postgres://h/db?sslmode=disable", 0, "postgres://h/db?sslmode=disable&pool_max_conns=25"},
		{"postgres://h/db", WorkerPoolSize, "postgres://h/db?pool_max_conns=8"},
		{"postgres://h/db?sslmode=disable", WorkerPoolSize, "postgres://h/db?sslmode=disable&pool_max_conns=8"},
		{"postgres://h/db?pool_max_conns=3", 0, "postgres://h/db?pool_max_conns=3"},
		{"postgres://h/db?pool_max_conns=3", WorkerPoolSize, "postgres://h/db?pool_max_conns=3"},
	}
	for _, tt := range tests {
		if got := withPoolSize(tt.in, 20, tt.pool); got != tt.want {
			t.Errorf("withPoolSize(%q, 20, %d) = %q, want %q", tt.in, tt.pool, got, tt.want)
		}
	}
}
