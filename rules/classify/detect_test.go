package classify

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/detect"
	"github.com/understudy/understudy/schema"
)

// Test secrets are assembled at run time so that no literal in the
// repository looks like a live credential to a secret scanner.
var (
	testJWT       = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ" + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
	testAWS       = "AKIA" + "IOSFODNN7EXAMPLE"
	testStripe    = "sk_" + "live_" + strings.Repeat("4eC39HqLyjWDarjtT1zdp7dc", 1)
	testGitHub    = "ghp_" + strings.Repeat("A1b2C3d4E5", 3) + "f6G7h8"
	testSlack     = "xoxb-" + "1234567890-0987654321-AbCdEfGhIjKlMnOp"
	testGoogle    = "AIza" + "SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY"
	testBcrypt    = "$2a$10$" + "N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"
	testPHPass    = "$P$B" + "SjB4w7L4" + "/7xa0X6b1JGbvgP7o9NdF." // WordPress
	testArgon2    = "$argon2id$v=19$m=65536,t=3,p=4$" + "c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG"
	testPEM       = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi\n-----END RSA PRIVATE KEY-----"
	testOpenSSH   = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU\n-----END OPENSSH PRIVATE KEY-----"
	testSHA512    = "$6$rounds=5000$saltsalt$" + strings.Repeat("aB3./", 17) + "x"
	testPgMD5     = "md5" + "5f4dcc3b5aa765d61d8327deb882cf99"
	testScram     = "SCRAM-SHA-256$4096:" + "c2FsdHNhbHQ=$c3RvcmVka2V5:c2VydmVya2V5"
	testDjango    = "pbkdf2_sha256$600000$" + "c2FsdA$aGFzaGhhc2hoYXNo="
	testWerkzeug  = "pbkdf2:sha256:600000$" + "salt$" + strings.Repeat("ab", 32)
	testScrypt    = "scrypt:32768:8:1$" + "salt$" + strings.Repeat("cd", 32)
	testPasslibPB = "$pbkdf2-sha256$29000$" + "N2bMWa3VOgdA$4x9T1eL8Zm0iJ0Ms5h8mQDZ8f4cBhJ3yWcU0hX/0cQs"
	testLiveToken = "acme_" + "live_" + "Xk29fLq8Zr3Tw7Vb1Nc5Mh0PdQ2s"
)

func TestDetectorsPositiveNegative(t *testing.T) {
	cases := []struct {
		name     string
		fn       func(string) bool
		pos, neg []string
	}{
		{"email", detect.IsEmail,
			[]string{"ann@example.com", "first.last+tag@sub.example.co.uk", "Ann Smith <ann@example.com>", "mailto:ann@example.com",
				"ANN@EXAMPLE.COM", " o'brien@example.ie ", "jürgen@münchen.de", "x@xn--80ak6aa92e.xn--p1ai",
				"4155550123@txt.example.com", "+4915112345678901@sms.example.de", "k7xn2p9qrs@privaterelay.appleid.com", "Johnathan.Smith1985@example.com", "ChristopherJohnson1985@example.com",
				"12345678+ann-lee@users.noreply.github.com"},
			[]string{"", "ann@localhost", "ann@@example.com", "ann.example.com", "@example.com", "ann@example", "ann@example.c",
				"ann@-example.com", "a..b@example.com", ".a@example.com", "ann @example.com", "user@192.168.1.1", "ann@example..com",
				"write to ann@example.com", strings.Repeat("a", 65) + "@example.com", "<20240101.4f2a@mg.acme.example>",
				"7cQx2mWnR4kTzB9yHf3LpD@Cal.com", "550e8400-e29b-41d4-a716-446655440000@calendar.example",
				"65a1f0c2e4b0a1b2c3d4e5f6@mail.example", "discourse/post/4821@forum.example.com",
				"JIRA.10174.1631036196910.1.1631036136911@Atlassian.JIRA", "c_1889fq2ph0mdcjhkm1ttu2v6nnmu4@resource.calendar.google.com",
				"en.uk#holiday@group.v.calendar.google.com", "team-standups@group.calendar.google.com"}},
		{"phone", detect.IsPhone,
			[]string{"+1 415 555 2671", "+14155552671", "(415) 555-2671", "415-555-2671", "415.555.2671", "1-800-555-0199",
				"+44 20 7946 0958", "+44 (0)20 7946 0958", "020 7946 0958", "06 12 34 56 78", "+33 6 12 34 56 78",
				"415-555-2671 x123", "+49 30 1234567 ext. 12", "(555) 123-4567", "415 5552671"},
			[]string{"2024", "20240115", "2024-01-15", "15/01/2024", "15.01.2024", "12:30:45", "1234567890", "14033335568", "1.2.3",
				"192.168.100.200", "10.100.100.100", "4111 1111 1111 1111", "123-45-6789", "3.14159", "-12345", "$1,234.56",
				"ORD-2024-0001", "+0 123 456 789", "+1234", "(((415))) 555-2671", "415--555-2671", "1-2-3-4-5-6-7-8-9-0",
				"+1 415 555 2671 2671 2671", "123-4567890", "2024-123456", "24-0042-1187", "2024 555 12 34"}},
		{"card", detect.IsCardNumber,
			[]string{"4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "5555555555554444", "2223003122003222",
				"378282246310005", "3782 822463 10005", "6011111111111117", "3530111333300000", "30569309025904", "6200000000000005",
				"4222222222222"},
			[]string{"4111111111111112", "1234567812345670", "0000000000000000", "9999999999999995", "4111 1111-1111 1111",
				"4111  1111 1111 1111", "411111111111", "41111111111111111111", "7000000000000008", "4111111111111111a",
				" -4111111111111111",
				// German and British EANs (GS1 400-440, 50) and a GTIN-14 that also pass Luhn.
				"4006381333023", "4012345678024", "5012345678023", "30012340000016"}},
		{"iban", detect.IsIBAN,
			[]string{"GB82WEST12345698765432", "GB82 WEST 1234 5698 7654 32", "DE89370400440532013000", "FR1420041010050500013M02606",
				"NL91ABNA0417164300", "gb82west12345698765432", "NO9386011117947"},
			[]string{"GB82WEST12345698765433", "XX82WEST12345698765432", "DE8937040044053201300", "GB82  WEST12345698765432",
				"GB82-WEST-1234-5698-7654-32", "1234567890123456", "ABCDEFGHIJKLMNOPQ"}},
		{"ssn", detect.IsSSN,
			[]string{"123-45-6789", "536-22-1234", "001-01-0001", "665-99-9999"},
			[]string{"000-12-3456", "666-12-3456", "900-12-3456", "999-12-3456", "123-00-4567", "123-45-0000", "078-05-1120",
				"219-09-9999", "123456789", "123 45 6789", "12-345-6789", "1234-56-789", "abc-de-fghi"}},
		{"ipv4", detect.IsIPv4,
			[]string{"192.168.1.10", "10.0.0.1", "255.255.255.255", "10.0.0.0/8", " 8.8.8.8 ", "0.0.0.0"},
			[]string{"1.2.3", "256.1.1.1", "01.2.3.4", "1.2.3.4.5", "1.2.3.4/33", "a.b.c.d", "2001:db8::1", "1.2.3.4 5", "0.7.18.2"}},
		{"ipv6", detect.IsIPv6,
			[]string{"2001:db8::1", "::1", "fe80::1%eth0", "::ffff:192.0.2.1", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:db8::/32"},
			[]string{"12:30:45", "abc", "2001:db8::g", "1:2", "10.0.0.1", ":::", "2001:db8:::1"}},
		{"payment customer", detect.IsPaymentCustomerID,
			[]string{"cus_NffrFeUfNV2Hib", "cus_Q3x9Lm2Pa7Rt5Kw1", " cus_9s6XKzkNRiz8i3 ", "acct_1032D82eZvKYlo2C", "acct_1Nv0FGQ9RKHgCVdK"},
			[]string{"cus_", "cus_short1", "cus_abcdefghijklmnop", "cus_12345678901234", "cus_NffrFeUfNV2Hib!", "acus_NffrFeUfNV2Hib",
				"cus_NffrFeUfNV2HibNffrFeUfNV2Hib", "customer_NffrFeUfNV2Hib", "sub_NffrFeUfNV2Hib",
				"acct_", "acct_1032D82eZvKYlo2", "acct_1032D82eZvKYlo2CX", "acct_interim_updates", "acct_abcdefghijklmnop", "account_1032D82eZvKYlo2C"}},
		{"internal ip", detect.IsInternalIP,
			[]string{"10.8.0.5", "192.168.1.10", "172.16.4.2/32", "127.0.0.1", "169.254.10.1", "203.0.113.9", "198.51.100.1", "::1", "fd12:3456::1",
				"fe80::1%eth0", "2001:db8::7", "::ffff:10.0.0.1", "0.0.0.0"},
			[]string{"8.8.8.8", "81.2.69.160", "172.32.0.1", "2a02:1810::1", "100.64.0.1", "10.0.0", "host-10.0.0.1", "::ffff:8.8.8.8"}},
		{"jwt", detect.HasJWT,
			[]string{testJWT, "Authorization: Bearer " + testJWT, testJWT[:strings.LastIndexByte(testJWT, '.')+1],
				`{"token":"` + testJWT + `"}`},
			[]string{"eyJhbGciOiJIUzI1NiJ9", "eyJub3RhbGciOiJ4In0.eyJzdWIiOiIxIn0.c2ln", "eyJ!!!.eyJ.sig", "a.b.c",
				"xeyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.c2ln", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.c2ln.x.y"}},
		{"aws", detect.HasAWSAccessKey,
			[]string{testAWS, "aws_access_key_id = " + testAWS, "ASIA" + "ABCDEFGHIJKLMNOP"},
			[]string{"AKIA" + "IOSFODNN7EXAMPL", "AKIA" + "IOSFODNN7EXAMPLEX", "XAKIA" + "IOSFODNN7EXAMPLE", "AKIA" + "iosfodnn7example"}},
		{"stripe", detect.HasStripeKey,
			[]string{testStripe, "STRIPE=" + "sk_test_" + "51HxYzAbCdEfGhIjKl", "rk_" + "live_" + "AbCdEfGhIjKlMnOpQr", "whsec_" + strings.Repeat("Ab1", 10)},
			[]string{"sk_live_", "sk_live_short", "ask_live_" + "AbCdEfGhIjKlMnOpQr", "pk_live_" + "AbCdEfGhIjKlMnOpQr"}},
		{"github", detect.HasGitHubToken,
			[]string{testGitHub, "gho_" + strings.Repeat("x1", 18), "github_pat_" + "11ABCDEFG0" + strings.Repeat("a_b", 20)},
			[]string{"ghp_short", "ghx_" + strings.Repeat("x1", 18), "github_pat_short"}},
		{"slack", detect.HasSlackToken,
			[]string{testSlack, "xoxp-" + "1234-5678-abcdefgh"},
			[]string{"xoxb-", "xoxb-123", "xoxz-" + "1234567890-abc"}},
		{"google", detect.HasGoogleAPIKey,
			[]string{testGoogle, "https://maps.googleapis.com/maps/api/js?key=" + testGoogle},
			[]string{"AIza" + "short", "AIza" + "SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWYZZ"}},
		{"password hash", detect.IsPasswordHash,
			[]string{testBcrypt, "$2b$12$" + strings.Repeat("a", 53), "$2y$" + testBcrypt[4:], testArgon2, testSHA512, testPgMD5, testScram,
				testDjango, testWerkzeug, testScrypt, testPasslibPB, "$5$salt$" + strings.Repeat("b", 43), "$1$saltsalt$" + strings.Repeat("c", 22),
				"$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7", "$scrypt$ln=16,r=8,p=1$aM15713r3Xsvxbi31lqr1Q$nFNh2CVHVjNldFVKDHDlm4CbdRSCdEBsjjJxD+iCs5E",
				testPHPass, "$H$9" + testPHPass[4:], "$S$D" + strings.Repeat("aB3./", 10) + "x",
				"{SSHA}rHlXWv4W0R9FHAgMQfkngjaUajLhKKIQ", "{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=", "{SSHA512}" + strings.Repeat("Ab1+", 20),
				"{CRYPT}" + testSHA512, "{CRYPT}aB3./xYz9Qw1E", "{PBKDF2-SHA256}29000$c2FsdA$" + strings.Repeat("Q", 43),
				"sha1$a1976$" + strings.Repeat("a94f", 10), "md5$xYz12$" + strings.Repeat("5f4d", 8), "unsalted_sha1$$" + strings.Repeat("a94f", 10),
				"sha256$" + strings.Repeat("af44", 16)},
			[]string{"$2a$10$short", "$2a$1x$" + strings.Repeat("a", 53), "md5" + "nothex" + strings.Repeat("0", 26), "$6$salt$tooshort",
				"password", "8cb2237d0679ca88db6464eac60da96345513964", "$argon2id$", "pbkdf2_sha256$600000$ with spaces $x", "$7$",
				testPHPass[:33], testPHPass + "x", "$P$B" + strings.Repeat("-", 30),
				"{SSHA}short", "{SSHA}rHlXWv4W0R9FHAgMQfkngjaUaj LhKKIQ", "{NOTASCHEME}rHlXWv4W0R9FHAgMQfkngjaUajLhKKIQ", `{"sha": "rHlXWv4W0R9FHAgMQfkng"}`,
				"{CRYPT}password", "{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g", "{SHA}334f380fae22277340aa25f115e07779286e7943",
				"sha256$" + strings.Repeat("af44", 10), "sha1$salt$" + strings.Repeat("a94f", 10) + "x", "sha1$a salt$" + strings.Repeat("a94f", 10),
				"sha3$" + strings.Repeat("af44", 16), "sha256$$$" + strings.Repeat("af44", 16), "sha256" + strings.Repeat("af44", 16)}},
		{"password hash in text", detect.HasPasswordHash,
			[]string{testPHPass, "1700000000:" + testPHPass, `{"hash":"` + testBcrypt + `"}`, `a:1:{s:4:"pass";s:60:"` + testBcrypt + `";}`,
				"reset " + testSHA512 + ".", "old=" + testPgMD5, `{"password": "sha1$a1976$` + strings.Repeat("a94f", 10) + `"}`},
			[]string{"price $2.50 each", "US$100,000.00 budget", "$P$short", "cost:$5$ and $6$ tiers", "abc" + testBcrypt, "x$" + testPHPass[1:],
				"md5 of the file: 8cb2237d0679ca88db6464eac60da963"}},
		{"private key", detect.HasPrivateKey,
			[]string{testPEM, testOpenSSH, "-----BEGIN PRIVATE KEY-----\nMIIE", "-----BEGIN ENCRYPTED PRIVATE KEY-----", "-----BEGIN EC PRIVATE KEY-----",
				"-----BEGIN PGP PRIVATE KEY BLOCK-----", "PuTTY-User-Key-File-3: ssh-ed25519", "key: |\n  -----BEGIN DSA PRIVATE KEY-----\n  abc"},
			[]string{"-----BEGIN PUBLIC KEY-----\nMIIB", "-----BEGIN CERTIFICATE-----", "BEGIN PRIVATE KEY", "-----BEGIN RSA PUBLIC KEY-----"}},
		{"url credentials", detect.HasURLCredentials,
			[]string{"postgres://app:s3cret@db.internal:5432/prod", "https://api.example.com/v1?api_key=abc123", "https://x.com/cb#access_token=abc",
				"see redis://:hunter2@cache:6379/0 for details", "https://example.com/a?x=1&Token=zzz", "https://bucket.s3.amazonaws.com/o?X-Amz-Signature=abc",
				"https://hooks.slack.com/services/T000/B000/XXXX", "amqp://guest:guest@rabbit/", "https://example.com/?password=p",
				"https://hooks.zapier.com/hooks/catch/1234567/abcdefg/", "https://hook.eu1.make.com/a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6",
				"https://maker.ifttt.com/trigger/door_open/with/key/bX9kQ2mZ7pL4wR8t", "https://api.telegram.org/bot123456:ABC-DEF1234ghIkl/sendMessage",
				"https://contoso.webhook.office.com/webhookb2/1234abcd-0000@5678efgh/IncomingWebhook/abc/def", "https://HOOKS.SLACK.COM/workflows/T01/A02/345/abc",
				"https://n8n.example.de/webhook/457a93d8-01d6-7490-c085-79c32dc8bc4e", "https://chat.example.com/hooks/8x3kq9wz4pjh7r2mtb6nvy5dcs",
				"https://invoice.stripe.com/i/acct_1Nq1bLc17yt5r9CJ/live_ppNBZkOZY84atVWeKROoqVShzJ924eGY2EYuVSsNhCHZcOnR?s=ap",
				"https://pay.stripe.com/receipts/payment/CAcaFwoVYWNjdF8xTnExYkxjMTd5dDVyOUNKKKq",
				"https://script.google.com/macros/s/AKfycbw8q3Lh2Vn9XkTq5RzYp0JmWc7Ud4Fs6Gb1Ha/exec"},
			[]string{"https://example.com/path?page=2", "postgres://app@db/prod", "mailto:ann@example.com", "https://user:@host/", "https://example.com/?token=",
				"https://api.github.com/repos/acme/app/hooks/42", "https://ci.example.de/hooks/taiga/6", "https://app.example.com/webhooks/new",
				"https://api.example.com/users/457a93d8-01d6-7490-c085-79c32dc8bc4e", "https://stripe.com/docs/invoicing/hosted",
				"https://example.com/token=abc", "://user:pass@host", "1://a:b@c", "https://example.com/docs#api_key",
				"https://hooks.zapier.com/hooks/catch/", "https://zapier.com/apps/webhook/integrations", "https://webhook.office.com/webhookb2/abcdefghij",
				"https://www.make.com/en/help/tools/webhooks", "https://api.telegram.org/", "https://example.com/hooks/catch/1234567/abcdefg/",
				"https://script.google.com/home", "https://script.google.com/macros/s/"}},
		{"high entropy", detect.IsHighEntropyToken,
			[]string{"9fK2xQ7mZp4Lw8Rt1Vb6Yc3N", strings.Repeat("a3f9", 4) + "0b1c2d3e4f5a6b7c8d9e", "tok_8Hj3Kl9Qw2Er5Ty7Ui1Op0As",
				"k7xn2p9q_rs8tw4vz-m3b6"},
			[]string{"short1a", "customer_profile_settings", "5f2b8c1e-3a4d-4b6e-9f0a-1c2d3e4f5a6b", "aaaaaaaaaaaaaaaaaaaa1", "hello world 12345 abcde",
				"0123456789012345678901", "new_user_narrative_state_1234", "order-confirmation-2024-0042"}},
		{"hex digest", detect.IsHexDigest,
			[]string{"8cb2237d0679ca88db6464eac60da96345513964", "5F4DCC3B5AA765D61D8327DEB882CF99", strings.Repeat("ab", 32)},
			[]string{"8cb2237d0679ca88db6464eac60da9634551396", "8cb2237D0679ca88db6464eac60da96345513964", strings.Repeat("0", 40), "xyz"}},
		{"prose", detect.IsProse,
			[]string{"A Epic Drama of a Feminist And a Mad Scientist who must Battle a Teacher", "Please call me back tomorrow about the invoice."},
			[]string{"ACADEMY DINOSAUR", "{Trailers,\"Deleted Scenes\"}", "1 2 3 4 5 6 7 8", "a b c d e f g h i j",
				// A PEM block's base64 lines are not words.
				"-----BEGIN PUBLIC KEY-----\n" + strings.Repeat(strings.Repeat("MIIBIjANBgkqhkiG", 4)+"\n", 6) + "-----END PUBLIC KEY-----"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, v := range c.pos {
				require.True(t, c.fn(v), "should match: %q", v)
			}
			for _, v := range c.neg {
				require.False(t, c.fn(v), "should not match: %q", v)
			}
		})
	}
}

func TestDetect(t *testing.T) {
	names := func(ds []Detection) []string {
		var out []string
		for _, d := range ds {
			n := d.Detector
			if d.Embedded {
				n += "~"
			}
			out = append(out, n)
		}
		return out
	}
	cases := []struct {
		value string
		want  []string
	}{
		{"ann@example.com", []string{"email"}},
		{"  +1 415 555 2671 ", []string{"phone"}},
		{"10.1.2.3", []string{"ipv4"}},
		{"1.2.3", nil},
		{"4111111111111110", nil}, // Luhn fails
		{"1234567890123456", nil},
		{"2024-01-15", nil},
		{"", nil},
		{"Call +14155552671 or write to ann@example.com, thanks.", []string{"email~", "phone~"}},
		{"my card 4111-1111-1111-1111 and SSN 536-22-1234", []string{"card_number~", "us_ssn~"}},
		{"connect with postgres://app:pw@db/prod", []string{"url_credentials"}},
		{testBcrypt, []string{"password_hash"}},
		{testPEM, []string{"private_key"}},
		{"Bearer " + testJWT, []string{"jwt"}},
		{"aws_access_key_id=" + testAWS + " stripe=" + testStripe, []string{"aws_access_key", "stripe_key"}},
		{"https://maps.example.com/?key=" + testGoogle, []string{"google_api_key", "url_credentials"}},
		{"The quick brown fox jumps over the lazy dog in 2024.", nil},
		{"Ann Smith", []string{"person_name"}},
		{"Smith, Ann B.", []string{"person_name"}},
		{"Premium Plan", nil},
		{"Please call Ann Smith about the refund", []string{"person_name~"}},
		{"111.444.777-35", []string{"national_id"}},
		{"CPF 111.444.777-35 on file", []string{"national_id~"}},
		{"123 Main St, Apt 4B", []string{"street_address"}},
		{"SW1A 1AA", []string{"postcode"}},
		{"12345678Z", []string{"national_id"}}, // a Spanish DNI: its letter checks the digits
		{"2024-11-21T01:49:10.000000Z", nil},   // a timestamp whose fraction and Z would pass the same check
		{"00:1A:2B:3C:4D:5E", []string{"mac_address"}},
		{"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36", []string{"user_agent_header"}},
		{"nginx/1.25.3", nil},
		{"2024-01-15", nil}, // a birth date only with context: Sample counts it, Detect does not
		{testLiveToken, []string{"api_token"}},
		{"key: " + testLiveToken + " (rotated)", []string{"api_token"}},
		// Identifiers percent-encoded in a link's query string or a form body.
		{"https://shop.example/pricing?email=dmitri.smith%40northgate.example&firstname=Dmitri", []string{"email~"}},
		{"see https://shop.example/p?utm_source=x&phone=%2B4930901820 for the lead", []string{"phone~"}},
		{"name=Ann&contact=ann%40example.org", []string{"email~"}},
		{"https://shop.example/search?q=red+shoes&page=2", nil},
		// A search kept in a link: the address is one word of the query.
		{"https://help.example.ac.uk/Search/Results.html?Query=Requestor.EmailAddress%20%3D%20%27ann%40example.org%27&Rows=50", []string{"email~"}},
		{"Format=%27__id__%27&Order=DESC&Query=Requestor.EmailAddress%20%3D%20%27ann%40example.org%27&Page=1", []string{"email~"}},
		{"https://mail.example/search?q=from:ann@example.org+is:unread", []string{"email~"}},
		{"https://help.example.ac.uk/Search/Results.html?Query=Queue%20%3D%20%27Service%20Desk%27&Rows=50", nil},
		// A URL whose path or host spells a person's name.
		{"https://www.linkedin.example/in/amelia-smith-224", []string{"name_slug~"}},
		{"https://amelia-smith.example", []string{"name_slug~"}},
		{"https://www.larkspur-appliance.example/contact", nil},
		// An address inside a certificate's subject, and its holder's
		// name; a name in an LDAP DN, not a uid.
		{"comment: '/emailAddress=elif_sharma@example.com/CN=Elif Sharma'", []string{"email~", "person_name~"}},
		{"CN=Ngozi Okafor,OU=Leeds,OU=Staff,DC=brightwater,DC=example", []string{"person_name~"}},
		{"uid=jweber,ou=people,dc=example,dc=org", nil},
		// A JSON array kept as text, of one element.
		{`["sanna.gupta@example.org"]`, []string{"email~"}},
		// Message-IDs are not addresses; an address after a name is.
		{"<3191@brightwater.zammad.example> <3192@brightwater.zammad.example>", nil},
		{"<CAF=x1@mail.gmail.com>", nil},
		{"Ann Lee <ann@example.org>", []string{"email"}},
		// A file named after a person, spaces and all.
		{"Passport Zofia Kowalski.jpg", []string{"name_slug~"}},
		{"Meeting notes Zofia Kowalski", []string{"person_name~"}},
		// A four-part version is no address (0.0.0.0/8 addresses no host).
		{"diaspora 0.7.18.2", nil},
		// A rate limiter's keys: the login typed, the client's address.
		{"helpdesk_cache_login|203.0.113.9:timer", []string{"ipv4~"}},
		{"ann@example.org|203.0.113.9", []string{"email~"}},
		{"queue|default|reserved", nil},
	}
	for _, c := range cases {
		got := Detect(c.value)
		require.Equal(t, c.want, names(got), "Detect(%q)", c.value)
		for _, d := range got {
			require.Equal(t, detectorCategory(d.Detector), d.Category)
		}
	}
	// A Detection never carries the value it was found in.
	b, err := json.Marshal(Detect("token " + testJWT + " for ann@example.com"))
	require.NoError(t, err)
	require.NotContains(t, string(b), "eyJ")
	require.NotContains(t, string(b), "ann@")
}

func TestBirthDateIsANoteOnly(t *testing.T) {
	ev, ok := Default().dataEvidence(DetectorBirthDate, "", 180, 200, false)
	require.True(t, ok)
	require.False(t, ev.Decisive, "any recent date passes: the table context decides")
	require.Equal(t, QuasiIdentifier, ev.Category)
	require.Contains(t, ev.Message, "age of 0 to 110")
	_, ok = Default().dataEvidence(DetectorBirthDate, "", 1, 200, false)
	require.False(t, ok)
}

func TestDetectSecrets(t *testing.T) {
	require.Nil(t, DetectSecrets("ann@example.com"))
	require.Len(t, DetectSecrets("x "+testGitHub+" y "+testSlack), 2)
	for _, d := range Detectors() {
		require.True(t, d.Category.Valid(), d.Name)
		require.NotEmpty(t, detectorPhrase[d.Name], "detector %s has a phrase", d.Name)
		// A detector missing from the order is counted but never weighed.
		require.Contains(t, detectorOrder, d.Name, "detector %s is weighed as evidence", d.Name)
	}
}

func TestDetectJSON(t *testing.T) {
	doc := `{
	  "billing": {"email": "ann@example.com", "card": "4111 1111 1111 1111", "iban": "DE89370400440532013000"},
	  "contacts": [{"phone": "+14155552671"}, {"phone": "+447946095800", "email": "bob@example.org"}],
	  "api_key": "not-a-known-shape",
	  "password": "",
	  "Billing Email": "x@example.io",
	  "users": {"123": {"email": "c@example.co"}, "5f2b8c1e-3a4d-4b6e-9f0a-1c2d3e4f5a6b": {"email": "d@example.co"}},
	  "tags": ["a", "b", 1, true, null],
	  "deep": [[{"jwt": "` + testJWT + `"}]],
	  "version": "1.2.3", "count": 16,
	  "landing_text|ecommerce|de_DE": {"data": "<p>Entdecke unsere Herren</p>", "session": "summer", "sid": "SID-2024"}
	}`
	var got []string
	for _, d := range DetectJSON([]byte(doc)) {
		got = append(got, d.Path+" "+d.Detector)
	}
	// A key has no table: "data", "session" and "sid" are secrets only
	// in a table of sessions, so a catalogue's attribute values are none.
	require.Equal(t, []string{
		"$.billing.email email",
		"$.billing.card card_number",
		"$.billing.iban iban",
		"$.contacts[*].phone phone",
		"$.contacts[*].email email",
		"$.api_key secret_name",
		"$['Billing Email'] email",
		"$.users.*.email email",
		"$.deep[*][*].jwt jwt",
		"$.deep[*][*].jwt secret_name",
	}, got)

	// Best effort: a document cut short yields what came before the cut.
	cut := DetectJSON([]byte(doc[:strings.Index(doc, `"contacts"`)+20]))
	require.Len(t, cut, 3)
	require.Nil(t, DetectJSON([]byte("not json")))
	require.Equal(t, []Detection{{Detector: "email", Category: DirectIdentifier, Path: "$"}}, DetectJSON([]byte(`"ann@example.com"`)))
	require.Equal(t, "$[*]", DetectJSON([]byte(`["ann@example.com"]`))[0].Path)
	require.Equal(t, `$['it\'s']`, DetectJSON([]byte(`{"it's": "ann@example.com"}`))[0].Path)
}

// A bare random token under a member named for a record's id is that
// record's id, as under such a column; under a token's name it is a
// credential.
func TestDetectJSONPublicMember(t *testing.T) {
	tok := "wk_8Kd93jfLq0ZpWm2Rt7Yv5Nb1Xc4Ae6UiQ"
	require.Contains(t, Detect(tok), Detection{Detector: DetectorAPIToken, Category: Secret}, "the value is an API token by its shape")
	got := DetectJSON([]byte(`{"email": {"message_id": "` + tok + `", "token": "` + tok + `"}}`))
	require.Equal(t, []Detection{{Detector: DetectorAPIToken, Category: Secret, Path: "$.email.token"}, {Detector: DetectorSecretName, Category: Secret, Path: "$.email.token"}}, got)
}

// A document that is one JSON Web Key (an LTI tool's public_jwk) has its
// public parameters read as a key set's: the modulus is random by design.
// A private key's are not.
func TestDetectJSONPublicJWK(t *testing.T) {
	n := "OCRo4CYVre5Q6DJH20BwFxMO8IcXInGqweEsQWEQYBbyd5ziPgdJWifMA2CG76QKr2PWkEfLrB6SgAF_0-0LaQT4jfdcg8GuIyUd0Is8qtAuXAc1UEjLRXrTUHnHGdCaX1oz1dn9BxTLhW5v"
	require.Empty(t, DetectJSON([]byte(`{"kty": "RSA", "e": "AQAB", "n": "`+n+`", "alg": "RS256"}`)))
	require.NotEmpty(t, DetectJSON([]byte(`{"kty": "RSA", "e": "AQAB", "n": "`+n+`", "d": "`+n[10:]+`"}`)), "a private exponent")
	require.NotEmpty(t, DetectJSON([]byte(`{"n": "`+n+`"}`)), "no key type: nothing says it is a key")
}

// An ad click's id in a document (Mautic's serialized UTM tags) is a
// tracking id, random by design: no credential there, nor in a column of
// that name, which holds a quasi-identifier.
func TestClickIDIsNoCredential(t *testing.T) {
	id := "Ef_4iGaY8Wdd6nos6G2SSurPTNWGIUSIs5G8Cd"
	require.Contains(t, Detect(id), Detection{Detector: DetectorAPIToken, Category: Secret}, "the value alone reads as a token")
	require.True(t, PublicName("gclid"))
	require.True(t, PublicName("fbclid"))
	require.False(t, PublicName("gclid_secret"))
	require.True(t, PublicName("in_reply_to"), "a Message-ID, which verify does not read as a token")
	require.Empty(t, DetectJSON([]byte(`{"utm_source": "google", "gclid": "`+id+`"}`)))
	visits := &schema.Table{Name: schema.Name{Schema: "public", Name: "lead_utmtags"}}
	got := Default().Column(visits, &schema.Column{Name: "gclid", Type: tText}, &ColumnSample{NonNull: 300, Distinct: 300, Matches: map[string]int{DetectorAPIToken: 120}})
	require.Equal(t, QuasiIdentifier, got.Category, "%+v", got.Evidence)
	require.Equal(t, "hash", got.Suggestion.Transform)
}

func TestMemberPath(t *testing.T) {
	require.Equal(t, ".email", memberPath("email"))
	require.Equal(t, "['Billing Email']", memberPath("Billing Email"))
	require.Equal(t, `['it\'s']`, memberPath("it's"))
	require.Equal(t, ".*", memberPath("12345"))
	require.Equal(t, "['1st']", memberPath("1st"))
	require.Equal(t, "['']", memberPath(""))
	require.Equal(t, "Billing Email", lastKey("$.a['Billing Email'][*]"))
	require.Equal(t, "it's", lastKey(`$['it\'s']`))
	require.Equal(t, "phone", lastKey("$.contacts[*].phone"))
	require.Equal(t, "", lastKey("$[*]"))
	require.Equal(t, "", lastKey("$.users.*"))
}

func BenchmarkDetect(b *testing.B) {
	values := []string{
		"ann.smith@example.com", "+1 415 555 2671", "4111 1111 1111 1111", "DE89370400440532013000",
		"Alice", "Smith", "47 MySakila Drive", "2024-01-15", "1.2.3", "12345", "active", "PG-13",
		"A Epic Drama of a Feminist And a Mad Scientist who must Battle a Teacher in The Canadian Rockies",
		testBcrypt, "8cb2237d0679ca88db6464eac60da96345513964", "https://example.com/products/42?ref=home",
		"5f2b8c1e-3a4d-4b6e-9f0a-1c2d3e4f5a6b", "192.168.10.20",
	}
	var bytes int64
	for _, v := range values {
		bytes += int64(len(v))
	}
	b.SetBytes(bytes / int64(len(values)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Detect(values[i%len(values)])
	}
}

func BenchmarkDetectJSON(b *testing.B) {
	doc := []byte(`{"billing":{"email":"ann@example.com","card":"4111 1111 1111 1111","zip":"94107"},"contacts":[{"phone":"+14155552671","name":"Ann"}],"plan":"pro","seats":12}`)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		DetectJSON(doc)
	}
}

// A name:value word holds its value (ip:81.2.69.160); an object
// identifier after oid: (SAML's urn:oid:2.5.4.42) is no IP address.
func TestFieldValueOID(t *testing.T) {
	require.Contains(t, Detect("ip:81.2.69.160"), Detection{Detector: DetectorIPv4, Category: QuasiIdentifier, Embedded: true})
	for _, v := range []string{"urn:oid:2.5.4.42", "URN:OID:2.5.4.4", "oid:1.2.3.4"} {
		require.Empty(t, Detect(v), v)
	}
}

// A national phone number in prose counts after a phone label only: digit
// groups alone are amounts, years and ids.
func TestLabelledPhoneInText(t *testing.T) {
	phone := Detection{Detector: DetectorPhone, Category: DirectIdentifier, Embedded: true}
	require.Contains(t, Detect("Consultorio privado en Okinawa Uno, cel. 72214408."), phone)
	require.Contains(t, Detect("Rückruf bitte unter Tel.: 0221 987654"), phone)
	require.NotContains(t, Detect("Invoice 72214408 paid in full on delivery."), phone)
	require.NotContains(t, Detect("The hotel 0221 987654 block was booked."), phone)
}

// TestDetectHL7: an HL7 v2 message is read by its fields: the patient's
// name and phone are found where PID puts them, though neither reads as a
// name or a phone in prose ("BOATENG^Esi", a national number); a message
// that names no one holds nothing.
func TestDetectHL7(t *testing.T) {
	msg := "MSH|^~\\&|EMR|CLINIC|LIS|LAB|20230113015800||ORM^O01|MSG0001|P|2.5\r" +
		"PID|1||0133/19/04557^^^EMR^PI||BOATENG^Esi||19810303|F|||12 Rue des Jardins^^Abidjan^^^CI||0765585787\r" +
		"OBR|1|ORD1||25836-8^HIV-1 viral load^LN|||20230113015800"
	require.ElementsMatch(t, []Detection{
		{Detector: DetectorPhone, Category: DirectIdentifier, Embedded: true},
		{Detector: DetectorPersonName, Category: DirectIdentifier, Embedded: true},
	}, Detect(msg))
	require.Empty(t, Detect("MSH|^~\\&|EMR|CLINIC|LIS|LAB|20230113015800||ACK^O01|MSG0002|P|2.5\rMSA|AA|MSG0001"))
}

// TestDetectGroupedPhoneInText: a phone written +CC with its digits in
// groups is a phone inside a text, as scrub_text finds and replaces it
// (an on-call note, a signature, an XML record's element).
func TestDetectGroupedPhoneInText(t *testing.T) {
	phone := Detection{Detector: DetectorPhone, Category: DirectIdentifier, Embedded: true}
	for _, s := range []string{"on call this week: Ann, +44 20 7946 0958", "<person><cellPhone>+225 05 01 50 53 66</cellPhone></person>"} {
		require.Contains(t, Detect(s), phone, s)
	}
	for _, s := range []string{"raised the limit by +10 000 units", "2+3 = 5 and 4+4 = 8"} {
		require.NotContains(t, Detect(s), phone, s)
	}
}
