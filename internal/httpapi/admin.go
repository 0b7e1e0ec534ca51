package httpapi

import (
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/copydesk/copydesk/internal/core"
)

// adminOnly guards the queue monitor. A browser cannot add a bearer header
// to the monitor's own page loads and API calls, so HTTP Basic is accepted
// too with the token as the password (any user name); a 401 asks the
// browser for it. Bearer works as everywhere else.
func (s *server) adminOnly(c *gin.Context) error {
	secret := ""
	if _, pw, ok := c.Request.BasicAuth(); ok {
		secret = pw
	} else if scheme, tok, _ := strings.Cut(c.GetHeader("Authorization"), " "); strings.EqualFold(scheme, "Bearer") {
		secret = strings.TrimSpace(tok)
	}
	tok, err := s.svc.Authenticate(c.Request.Context(), secret)
	if err != nil {
		if p, _ := problemFor(err); p.Status == 401 {
			// Basic, so that a browser asks for the token.
			c.Header("WWW-Authenticate", `Basic realm="copydesk admin", charset="UTF-8"`)
			writeProblem(c, p)
			return nil
		}
		return err
	}
	if tok.Role != core.RoleAdmin {
		return core.Errorf(core.CodeForbidden, "the queue monitor is for admin tokens only")
	}
	return nil
}
