package integration

import "hash/fnv"

// lockKeyFor mirrors the pipeline's advisory lock key, so a test can hold
// the lock as a concurrent refresh would.
func lockKeyFor(target string) int64 {
	h := fnv.New64a()
	h.Write([]byte("understudy refresh " + target))
	return int64(h.Sum64())
}
