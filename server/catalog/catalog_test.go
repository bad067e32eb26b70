package catalog

import (
	"reflect"
	"testing"
)

// TestHelloKeysAreTheTags: the keys the lean runtime reads are the ones
// the origin writes.
func TestHelloKeysAreTheTags(t *testing.T) {
	typ := reflect.TypeFor[HelloData]()
	for field, key := range map[string]string{"Token": HelloKeyToken, "RetryMs": HelloKeyRetryMs, "HeartbeatMs": HelloKeyHeartbeatMs} {
		f, _ := typ.FieldByName(field)
		if tag := f.Tag.Get("json"); tag != key {
			t.Errorf("HelloData.%s is tagged %q, the key constant says %q", field, tag, key)
		}
	}
	if typ.NumField() != 3 {
		t.Errorf("HelloData has %d fields: give the new ones a key constant", typ.NumField())
	}
}
