package core

func requireRole(caller *Token, roles ...Role) error {
	if caller == nil {
		return Errorf(CodeUnauthorized, "a bearer token is required")
	}
	if caller.Role == RoleAdmin {
		return nil
	}
	for _, r := range roles {
		if caller.Role == r {
			return nil
		}
	}
	return Errorf(CodeForbidden, "the %s role may not do this", caller.Role)
}

func requireReviewer(caller *Token, locale string) error {
	if caller == nil {
		return Errorf(CodeUnauthorized, "a bearer token is required")
	}
	if !caller.CanReview(locale) {
		return Errorf(CodeForbidden, "only reviewers of %s may do this", locale)
	}
	return nil
}
