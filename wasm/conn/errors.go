package conn

import "errors"

// Errors of this package.
var (
	ErrNoDialer   = errors.New("conn: a dialer is required")
	ErrBadHost    = errors.New("conn: notificationsHost must be an absolute http(s) URL without a path")
	ErrBadPath    = errors.New("conn: path must start with /")
	ErrBadQuery   = errors.New("conn: queryString does not parse")
	ErrBadName    = errors.New("conn: event name must be non-empty")
	ErrLoggedOut  = errors.New("conn: logged out: call Login first")
	ErrPageLeft   = errors.New("conn: the page was hidden for the back/forward cache")
	ErrAuthFailed = errors.New("conn: the origin refused the session")
)
