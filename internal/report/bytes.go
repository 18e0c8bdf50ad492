package report

import "fmt"

// Bytes writes a byte count in binary units, as the plan and inspect
// reports and the progress lines print sizes: "1023 B", "1.5 KiB",
// "5.0 GiB" (one decimal from KiB up).
func Bytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
