package detect

import "testing"

func TestIsClientHostname(t *testing.T) {
	for _, s := range []string{
		"c-73-22-1-5.hsd1.or.comcast.net", "static-18-173-152-112.ptld.qwest.net", "C-104-212-99-116.HSD1.OR.COMCAST.NET.",
		"host86-150-1-2.range86-150.btcentralplus.com", "5.1.22.73.in-addr.arpa",
		"dynamic-78-8-91-4.ssp.dialog.net.pl", "pool-71-105-77-12.nycmny.fios.verizon.net", "bras-base-toroon0964w-grc-21-76-68-141-22.dsl.bell.ca",
	} {
		if !IsClientHostname(s) {
			t.Errorf("IsClientHostname(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"", "mail.example.com", "db-1.internal", "ip-10-0-0-1.ec2.internal", "ec2-54-12-3-4.compute-1.amazonaws.com",
		"c-10-1-2-3.hsd1.or.comcast.net", "192.168.1.10", "81.2.69.160", "host-1-2-3.example.net", "v1-2-3.cdn.example.com.",
		"node-001-002-003-004.example.net", "c-300-22-1-5.hsd1.or.comcast.net", "https://c-73-22-1-5.hsd1.or.comcast.net",
		"release-2024-06-01.example.org", "c-73-22-1-5.comcast.net_x", "a.b", "73-22-1-5.example",
	} {
		if IsClientHostname(s) {
			t.Errorf("IsClientHostname(%q) = true, want false", s)
		}
	}
	requireFalsePositives(t, "IsClientHostname", IsClientHostname, corpus(t, "nonpii/*.txt"), 0)
}
