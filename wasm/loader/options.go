package loader

// The loader's options, as a page spells them in loadTether(config): the
// runtime reads all but Events and ModuleBase (ReadConfigOnto); the loader warns of any other
// name, and the typings list them (build/tools/tsgen writes the loader's list
// from this one; a test holds the typings to it).
const (
	OptNotificationsHost     = "notificationsHost"
	OptPath                  = "path"
	OptQueryString           = "queryString"
	OptBackgroundThresholdMs = "backgroundThresholdMs"
	OptWithCredentials       = "withCredentials"
	OptLoggedIn              = "loggedIn"
	OptToken                 = "token"
	OptShareAcrossTabs       = "shareAcrossTabs"
	// OptEvents and OptModuleBase are the loader's own: the names its
	// early stream keeps, and where tether.wasm and wasm_exec.js are.
	OptEvents     = "events"
	OptModuleBase = "moduleBase"
)

// OptionNames are the loader's options, in the order the docs give them.
var OptionNames = []string{OptNotificationsHost, OptPath, OptQueryString, OptBackgroundThresholdMs,
	OptWithCredentials, OptLoggedIn, OptToken, OptShareAcrossTabs, OptEvents, OptModuleBase}
