//go:build race

package anonymize

// raceEnabled shortens the million-value uniqueness runs under the race
// detector, which makes them about ten times slower.
const raceEnabled = true
