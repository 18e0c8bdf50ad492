package detect

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// bitLockerKey spells a recovery key from eight 16-bit words, as BitLocker
// shows one.
func bitLockerKey(words [8]int) string {
	groups := make([]string, 8)
	for i, w := range words {
		groups[i] = fmt.Sprintf("%06d", w*11)
	}
	return strings.Join(groups, "-")
}

func TestBitLockerRecoveryKey(t *testing.T) {
	key := bitLockerKey([8]int{10659, 62407, 59618, 9417, 68509, 29768, 41897, 20450})
	require.Equal(t, "117249-686477-655798-103587-753599-327448-460867-224950", key)
	require.True(t, IsBitLockerRecoveryKey(key))
	require.True(t, IsBitLockerRecoveryKey(" "+key+"\n"))
	require.True(t, IsBitLockerRecoveryKey(bitLockerKey([8]int{0, 65535, 1, 2, 3, 4, 5, 6})))
	require.True(t, HasBitLockerRecoveryKey("Recovery key for LT-0042: "+key+" (escrowed to AD)"))
	require.True(t, HasBitLockerRecoveryKey(key))
	for _, s := range []string{
		"117249-686477-655798-103587-753599-327448-460867-224951", // a group that is no multiple of 11
		"117249-686477-655798-103587-753599-327448-460867",        // seven groups
		"117249 686477 655798 103587 753599 327448 460867 224950", // spaces
		"1" + key,
		key + "-000000",
		key + "1",
		"0000-0000-0000-0000",
		"",
	} {
		require.False(t, HasBitLockerRecoveryKey(s), s)
		require.False(t, IsBitLockerRecoveryKey(s), s)
	}
	require.False(t, IsBitLockerRecoveryKey("key: "+key))
}
