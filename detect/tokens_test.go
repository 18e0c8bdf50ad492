package detect

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	crand "crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/pem"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

const base62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

// randomString draws n characters of alphabet: test tokens are made at run
// time, so no literal in the repository looks like a credential.
func randomString(r *rand.Rand, alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

func randomBytes(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.IntN(256))
	}
	return b
}

// generatedTokens returns n credentials of each structure HasAPIToken
// claims to find.
func generatedTokens(n int) map[string][]string {
	r := rand.New(rand.NewPCG(1, 2))
	out := map[string][]string{}
	for i := 0; i < n; i++ {
		out["prefix_live"] = append(out["prefix_live"], "acme_"+"live_"+randomString(r, base62, 30))
		out["prefix_test"] = append(out["prefix_test"], "shop_"+"test_"+randomString(r, base62, 24))
		out["sk"] = append(out["sk"], "sk_"+randomString(r, base62, 32))
		out["rk_prod"] = append(out["rk_prod"], "rk_"+"prod_"+randomString(r, base62, 20))
		out["secret_word"] = append(out["secret_word"], "secret_"+randomString(r, base62, 24))
		out["api_key_hex"] = append(out["api_key_hex"], "api_"+"key_"+randomString(r, "0123456789abcdef", 32))
		out["word_random32"] = append(out["word_random32"], "myapp_"+randomString(r, base62, 40))
		out["lower_digits"] = append(out["lower_digits"], "svc_"+"token_"+randomString(r, "abcdefghijklmnopqrstuvwxyz0123456789", 32))
		out["base64_32"] = append(out["base64_32"], base64.StdEncoding.EncodeToString(randomBytes(r, 32)))
		out["base64url_48"] = append(out["base64url_48"], base64.RawURLEncoding.EncodeToString(randomBytes(r, 48)))
		out["base64_64"] = append(out["base64_64"], base64.StdEncoding.EncodeToString(randomBytes(r, 64)))
		der := append([]byte{0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00}, randomBytes(r, 60)...)
		out["der_private"] = append(out["der_private"], base64.StdEncoding.EncodeToString(der))
		out["in_text"] = append(out["in_text"], "set API_KEY="+"acme_"+"live_"+randomString(r, base62, 28)+" in the env file")
		out["bearer"] = append(out["bearer"], "Authorization: Bearer "+base64.StdEncoding.EncodeToString(randomBytes(r, 40)))
	}
	return out
}

func TestHasAPITokenRecall(t *testing.T) {
	for kind, values := range generatedTokens(200) {
		t.Run(kind, func(t *testing.T) {
			// Random strings sometimes look like words (few class changes):
			// a token is missed now and then, never often.
			requireRecall(t, "HasAPIToken/"+kind, HasAPIToken, values, 0.95)
		})
	}
}

func TestHasAPITokenNegatives(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	neg := []string{
		"", "sk_live_", "acme_live_short", "acme_live_" + strings.Repeat("a", 30), "acme_live_" + strings.Repeat("ab12", 8),
		"pk_" + "live_" + randomString(r, base62, 24), "pk_" + "test_" + randomString(r, base62, 24),
		"customer_profile_settings_v2_final_version_2024",
		base64.StdEncoding.EncodeToString([]byte("this is only a short sentence of plain English text")),
		base64.StdEncoding.EncodeToString(randomBytes(r, 16)),
		"ssh-rsa " + base64.StdEncoding.EncodeToString(append([]byte("\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01"), randomBytes(r, 64)...)),
		base64.StdEncoding.EncodeToString(append([]byte{0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06}, randomBytes(r, 60)...)),
		strings.Repeat("0123456789abcdef", 4),
		// A content-addressed file store's path: a digest, not a key.
		"4e/4e07408562bedb8b60ce05c1decfe3ad16b72230", "4e07/4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce",
		// Uploads stored under their digest or a UUID, in folders.
		"tasks/12/978e47ca00a487d271e28a6e27b2ab2518a5126b", "customizer/dd6dc3c5c10e81dbb2e64894b0a4752a3206fb58",
		"avatars/3/0f8fad5b-d9cb-469f-a165-70867728950e",
		// An age recipient: the public key backups are encrypted to.
		"age1" + randomString(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
		// A W3C trace context: random ids of a request, alone and in JSON.
		"00-" + randomString(r, "0123456789abcdef", 32) + "-" + randomString(r, "0123456789abcdef", 16) + "-01",
		`{"traceparent": "00-1766110f93e8f434f7e88d84131d8993-5561708cc9830afc-01"}`,
	}
	for _, s := range neg {
		require.False(t, HasAPIToken(s), "HasAPIToken(%q)", s)
	}
	// Random object ids of the usual lengths, after id prefixes.
	var ids []string
	for _, p := range []string{"ch_", "cus_", "pi_", "evt_", "user_", "org_", "acct_"} {
		for i := 0; i < 50; i++ {
			ids = append(ids, p+randomString(r, base62, 14+r.IntN(14)))
		}
	}
	// Stripe's Checkout Session ids carry the mode, as keys do, and run
	// to 58 characters after it.
	for i := 0; i < 50; i++ {
		ids = append(ids, []string{"cs_live_", "cs_test_"}[i%2]+randomString(r, base62, 58))
	}
	requireFalsePositives(t, "HasAPIToken/object ids", HasAPIToken, ids, 0)
	require.True(t, HasAPIToken("ek_live_"+randomString(r, base62, 40)), "an ephemeral key is no Checkout Session")
	require.True(t, HasAPIToken("acme_live_"+randomString(r, base62, 30)))
	// Random base64url ids that hold an underscore: the run before it
	// changes case, or a $ comes first (Matrix's event ids). None is a
	// token with a prefix.
	ids = ids[:0]
	for i := 0; i < 2000; i++ {
		ids = append(ids, "$"+base64.RawURLEncoding.EncodeToString(randomBytes(r, 32)))
	}
	requireFalsePositives(t, "HasAPIToken/event ids", HasAPIToken, ids, 0)
	for _, s := range []string{"yqwmZPCBo_81AGIcLsuQRWDyEcrRbM8tch4gg4aLpWw", "dIpM1_E0aSARYXomO9-0wsIQplIVVWDDoB8qL68SfMY"} {
		require.False(t, prefixedToken(s), "prefixedToken(%q)", s)
	}
	requireFalsePositives(t, "HasAPIToken", HasAPIToken, corpus(t, "nonpii/*.txt"), 0.001)
}

// A payment API object's client secret (<type>_<id>_secret_<random>) is
// a credential, as a 3-D Secure redirect carries it; the object's id
// alone is a reference.
func TestObjectClientSecrets(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 200; i++ {
		id := randomString(r, base62, 24)
		secret := []string{"pi_", "seti_", "pay_"}[i%3] + id + "_secret_" + randomString(r, base62, 25)
		url := "https://hooks.stripe.com/3d_secure_2/hosted?merchant=acct_" + randomString(r, base62, 16) +
			"&payment_intent=pi_" + id + "&payment_intent_client_secret=" + secret
		require.True(t, HasAPIToken(secret), secret)
		require.True(t, HasAPIToken(url), url)
		require.True(t, HasURLCredentials(url), url)
		spans := AppendEntities(nil, secret)
		require.Len(t, spans, 1, secret)
		require.Equal(t, KindToken, spans[0].Kind)
	}
	for _, s := range []string{
		"pi_" + randomString(r, base62, 24), "seti_" + randomString(r, base62, 24) + "_secret_",
		"pi_" + randomString(r, base62, 24) + "_secret_short",
		"pi_" + randomString(r, base62, 24) + "_secret_" + strings.Repeat("ab", 12),
		"app_settings_secret_rotation_policy", "Pi_" + randomString(r, base62, 24) + "_secret_" + strings.Repeat("x", 20),
	} {
		require.False(t, HasAPIToken(s), s)
	}
	require.True(t, IsCredentialParam("setup_intent_client_secret", "seti_x_secret_y"))
	require.False(t, IsCredentialParam("payment_intent", "pi_"+randomString(r, base62, 24)))
}

// An ad click's id in a landing page's URL (?gclid=, &fbclid=) is random
// by design and tags a browser, not a credential: a shop's kept visit log
// of such URLs failed verify's credential scan once a gclid held an
// underscore near its start. A token under another parameter still is.
func TestTrackingParamsAreNotTokens(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var urls []string
	for i := 0; i < 500; i++ {
		id := randomString(r, base62, 2) + "_" + randomString(r, base62+"_-", 34+r.IntN(20))
		p := []string{"gclid", "fbclid", "msclkid", "GCLID", "gbraid", "wbraid", "ttclid", "yclid"}[i%8]
		urls = append(urls, "https://shop.example/landing?utm_source=ads&"+p+"="+id)
	}
	requireFalsePositives(t, "HasAPIToken/click ids", HasAPIToken, urls, 0)
	token := "acme_" + "live_" + randomString(r, base62, 30)
	require.True(t, HasAPIToken("https://shop.example/landing?gclid=abc&key="+token))
	require.True(t, HasAPIToken("https://shop.example/landing?xgclid="+randomString(r, base62, 2)+"_"+randomString(r, base62, 36)),
		"only the parameter's own name says tracking")
}

// A listing's or a sync's position in a URL (Microsoft Graph's delta
// link, Google's pageToken) is random by design and read only with the
// caller's own credential: a CRM's kept sync cursors are no tokens, in
// HasAPIToken or in scrub_text's spans. A credential beside it still is.
func TestPagingParamsAreNotTokens(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	var urls []string
	for i := 0; i < 300; i++ {
		pos := randomString(r, base62+"_-", 60+r.IntN(80))
		switch i % 4 {
		case 0:
			urls = append(urls, "https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messages/delta?$deltatoken="+pos)
		case 1:
			urls = append(urls, "https://graph.microsoft.com/v1.0/users?$top=100&$skiptoken="+pos)
		case 2:
			urls = append(urls, "https://www.googleapis.com/calendar/v3/calendars/primary/events?syncToken="+pos)
		default:
			urls = append(urls, "https://api.example.com/v2/items?limit=50&cursor="+pos)
		}
	}
	requireFalsePositives(t, "HasAPIToken/paging", HasAPIToken, urls, 0)
	requireFalsePositives(t, "HasURLCredentials/paging", HasURLCredentials, urls, 0)
	for _, u := range urls[:8] {
		require.Empty(t, AppendEntities(nil, u), "AppendEntities(%q)", u)
	}
	token := "acme_" + "live_" + randomString(r, base62, 30)
	require.True(t, HasAPIToken("https://graph.microsoft.com/v1.0/me/messages?$deltatoken=abc&key="+token))
	require.True(t, HasAPIToken("https://api.example.com/v2/items?pagetokenx="+randomString(r, base62, 2)+"_"+randomString(r, base62, 36)),
		"only the parameter's own name says paging")
	require.True(t, HasURLCredentials("https://graph.microsoft.com/v1.0/me/messages?$deltatoken=abc&access_token="+randomString(r, base62, 40)))
}

// Certificates and public keys are published by design: a PEM block that
// is not a private key's, and an OpenSSH public key line, are not tokens,
// whatever their base64 holds (a raw ed25519 key is random bytes). A token
// beside one still is.
func TestPublicKeysAreNotTokens(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), crand.Reader)
	require.NoError(t, err)
	der, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
	require.NoError(t, err)
	pub := string(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der}))
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "push.example"}, NotBefore: time.Unix(0, 0), NotAfter: time.Unix(1<<31, 0)}
	certDER, err := x509.CreateCertificate(crand.Reader, tmpl, tmpl, &key.PublicKey, key)
	require.NoError(t, err)
	cert := string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: certDER}))
	r := rand.New(rand.NewPCG(5, 6))
	// Random bytes under a public label: what a fixture, or a raw key in
	// a PEM wrapper, holds.
	rawPub := string(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: randomBytes(r, 160)}))
	sshKey := "ssh-" + "ed25519 " + base64.StdEncoding.EncodeToString(randomBytes(r, 51)) + " deploy@ci"
	for _, s := range []string{pub, cert, rawPub, sshKey, "key: " + rawPub + "\nend", pub[:len(pub)-20]} {
		require.False(t, HasAPIToken(s), "HasAPIToken(%q)", s)
	}
	token := "acme_" + "live_" + randomString(r, base62, 30)
	require.True(t, HasAPIToken(pub+"api_key="+token), "a token after a public key")
	require.True(t, HasAPIToken(sshKey+" "+token), "a token after an SSH public key")
	// Matrix names its devices' and servers' public keys by algorithm.
	mxKey := base64.RawStdEncoding.EncodeToString(randomBytes(r, 32))
	for _, s := range []string{"ed25519:" + mxKey, "curve25519:" + mxKey, "signed_curve25519:" + mxKey} {
		require.False(t, HasAPIToken(s), "HasAPIToken(%q)", s)
	}
	require.True(t, HasAPIToken("x25519:"+mxKey), "another algorithm's key is not vouched for")
	// OpenSSH prints a key's fingerprint as SHA256: and the unpadded
	// base64 of the public key's digest: a host's, compared by whoever
	// connects to it.
	fp := "SHA256:" + mxKey
	for _, s := range []string{fp, "256 " + fp + " root@db-1 (ED25519)", "host key " + fp} {
		require.False(t, HasAPIToken(s), "HasAPIToken(%q)", s)
		require.Empty(t, AppendEntities(nil, s), "AppendEntities(%q)", s)
	}
	require.True(t, HasAPIToken("sha256:"+mxKey), "only OpenSSH's spelling is a fingerprint")
	// A private key's body is the private-key detector's, and still a
	// token here.
	require.True(t, HasAPIToken(string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: randomBytes(r, 160)}))))
}

func TestURLCredentialsRandomParams(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, s := range []string{
		"https://maps.example.com/api?key=" + randomString(r, base62, 32),
		"https://cdn.example.com/file.zip?expires=1700000000&sig=" + randomString(r, base62, 40),
		"https://bucket.s3.amazonaws.com/o?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=" + randomString(r, "0123456789abcdef", 64),
		"https://api.example.com/v1/me?access_token=" + randomString(r, base62, 30),
		"https://app.example.com/#session=" + randomString(r, base62, 24),
		// A servlet container's session in the path (URL rewriting), a
		// login key passed between applications, a magic link.
		"https://erp.example.com/catalog/control/main;jsessionid=" + randomString(r, "0123456789ABCDEF", 32) + ".jvm1?productId=10",
		"https://erp.example.com/partymgr/control/viewprofile?partyId=10077&externalLoginKey=EL4823019487211",
		"https://app.example.com/auth?login_token=8421907",
		// A signed link's hash: it updates or cancels a subscription.
		"https://checkout.paddle.com/subscription/cancel?user=293866&subscription=711000&hash=" + randomString(r, "0123456789abcdef", 40),
	} {
		require.True(t, HasURLCredentials(s), s)
	}
	for _, s := range []string{
		"https://example.com/search?key=color&value=blue", "https://example.com/?sid=42", "https://example.com/?auth=none",
		"https://example.com/products?page=2&sort=price",
		"https://example.com/a;b/c?d=e", "https://example.com/list;page=2;sort=name", "https://example.com/?jsessionid=42",
		"https://example.com/?login=anna&keyword=lamp",
		"https://example.com/app.js?hash=v2", "https://example.com/app.js?hash=20240101",
	} {
		require.False(t, HasURLCredentials(s), s)
	}
}

// A placeholder in a credential's place is none: scrub_text's REDACTED
// (so verify does not flag what scrub_text wrote), [FILTERED], ******.
func TestURLCredentialsPlaceholders(t *testing.T) {
	for _, s := range []string{
		"https://shop.example/reset?token=REDACTED", "https://shop.example/reset?token=REDACTED (valid 1h)",
		"https://api.example/v1?api_key=[FILTERED]&page=2", "https://api.example/v1?password=%5BFILTERED%5D",
		"https://app.example/login?password=********", "https://app.example/login?token=xxxxxxxx", "https://app.example/login?token=",
	} {
		require.False(t, HasURLCredentials(s), s)
	}
	for _, s := range []string{"https://shop.example/reset?token=REDACTED2x", "https://app.example/login?token=x9", "https://app.example/login?password=hunter2"} {
		require.True(t, HasURLCredentials(s), s)
	}
}

func TestIsMAC(t *testing.T) {
	for _, s := range []string{"00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e", "001a.2b3c.4d5e", " a4:83:e7:12:34:56 ",
		"02:42:ac:11:00:02:00:01", "0242.ac11.0002.0001"} {
		require.True(t, IsMAC(s), s)
	}
	for _, s := range []string{"", "001A2B3C4D5E", "00:1A:2B:3C:4D", "00:1A:2B:3C:4D:5G", "00:1A-2B:3C:4D:5E", "00:00:00:00:00:00",
		"ff:ff:ff:ff:ff:ff", "FF-FF-FF-FF-FF-FF", "001a:2b3c:4d5e", "12:30:45", "2001:db8::1", "00:1A:2B:3C:4D:5E:6F",
		"001a.2b3c.4d5", "0.0.0.0"} {
		require.False(t, IsMAC(s), s)
	}
	requireFalsePositives(t, "IsMAC", IsMAC, corpus(t, "nonpii/*.txt"), 0)
}

func TestTokenDetectorsDoNotAllocate(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, s := range []string{"acme_" + "live_" + randomString(r, base62, 30), "plain words with nothing in them",
		base64.StdEncoding.EncodeToString(randomBytes(r, 32)), "00:1A:2B:3C:4D:5E"} {
		require.Zero(t, testing.AllocsPerRun(50, func() { HasAPIToken(s); IsMAC(s) }), s)
	}
}

// A SendGrid key is a token whatever the column: assembled here so no
// literal looks like a credential.
func TestSendGridKey(t *testing.T) {
	key := "SG" + "." + strings.Repeat("q3WnVx0tQa2", 2) + "." + strings.Repeat("Fh7Jm2Xc8NvB4", 3) + "Kd1Q"
	require.Len(t, key, 69)
	require.True(t, HasSendGridKey(key))
	require.True(t, HasAPIToken("spring.mail.password="+key))
	require.False(t, HasSendGridKey("SG.short.key"))
	require.False(t, HasSendGridKey("SG."+strings.Repeat("a", 66)+"b"), "longer than a key")
}

func TestIsTrackingURL(t *testing.T) {
	for _, s := range []string{
		"https://shop.example/pricing?utm_source=google&utm_medium=cpc&gclid=Cj0KCQjwAbc_DEF123xyz_BwE",
		"https://shop.example/?fbclid=IwAR2xYz0123456789", " https://shop.example/landing?MSCLKID=0f1e2d3c4b5a6978 ",
		"https://shop.example/#gclid=Cj0KCQjw12345678",
	} {
		require.True(t, IsTrackingURL(s), s)
	}
	for _, s := range []string{
		"https://shop.example/pricing?utm_source=google&utm_medium=cpc", "https://shop.example/?gclid=abc",
		"https://shop.example/?xgclid=Cj0KCQjw12345678", "gclid=Cj0KCQjw12345678", "see https://shop.example/?gclid=Cj0KCQjw12345678",
		"https://shop.example/gclid/Cj0KCQjw12345678", "", "/landing?gclid=Cj0KCQjw12345678",
	} {
		require.False(t, IsTrackingURL(s), s)
	}
	if n := testing.AllocsPerRun(100, func() { IsTrackingURL("https://shop.example/?a=1&GCLID=Cj0KCQjw12345678") }); n != 0 {
		t.Errorf("IsTrackingURL allocates %v times", n)
	}
}

// Random enough to confirm a column named like a secret, but not an
// object's id after a prefix naming its type.
func TestIsHighEntropyToken(t *testing.T) {
	for _, s := range []string{"Xk29fLq8Zr0TmB4wYp7cNv1s", "tok_01HK4Z6K5656QN2QN53N9JYGJAx9Qz", "sess_Xk29fLq8Zr0TmB4wYp7c",
		"pm_" + strings.Repeat("Xk29fLq8Zr", 4), "inv_Xk29fLq8Zr0TmB4wYp7cNv1sQ3dR5tY8"} {
		require.True(t, IsHighEntropyToken(s), "IsHighEntropyToken(%q)", s)
	}
	for _, s := range []string{"0f8fad5b-d9cb-469f-a165-70867728950e", "payses_01H8VKHS1NM981416KMP1W3JKP",
		"pm_1NXWxy2eZvKYlo2CsomeRand", "cus_NffrFeUfNV2Hib", "user_0f8fad5bd9cb469fa16570867728950e", "order-confirmation-2024",
		// An object store's keys and files' paths.
		"attachments/2023/01/dbed20d5-9a0d-28eb-86f4-109549ca4422", "backups/inst-0001/2024-06-15T0303Z.sql.zst.age",
		"/uploads/2024/05/a7Xk29fLq8Zr0TmB4w.png", "39c977a3-6ac4-2095-bfce-b39a08a0ebaf/export-plt-c62405-1685581276.csv",
		"8dd3e4f1a2b7Xk29fLq8Zr0TmB4wYp7c/report.pdf",
		// Codes a person spelled: capitals, numbers and quantities.
		"ETHIOPIA_KOCHERE_250G_BEANS", "COLOMBIA-HUILA-1KG", "SKU_500ml_2024_BOTTLE"} {
		require.False(t, IsHighEntropyToken(s), "IsHighEntropyToken(%q)", s)
	}
	// A key's base64 with slashes where its bytes put them.
	for _, s := range []string{"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "Xk29/fLq8Zr0TmB4wYp7c/Nv1s", "ab/Xk29fLq8Zr0Tm/B4wYp7c",
		"XK29FLQ8-ZR0TMB4W-YP7CNV1S", "7K2Q-9XW4-M3PA-Z8RT-4NBV"} {
		require.True(t, IsHighEntropyToken(s), "IsHighEntropyToken(%q)", s)
	}
	// Ids of one length joined into a hierarchy's path or a composite key
	// (DHIS2's): not one random run. A lone id after a slash, ids of
	// different lengths, and a token with a prefix still are.
	for _, s := range []string{"/yakMGkWM9t3/ISclLiMaQoY", "/yakMGkWM9t3/ISclLiMaQoY/bVjQ7Asl0EW",
		"HnpTyRltMC1_zHf6gIA4EJN_z36oCVC61v0", "HnpTyRltMC1:zHf6gIA4EJN.z36oCVC61v0"} {
		require.True(t, joinedIDs(s), s)
		require.False(t, IsHighEntropyToken(s), s)
		require.False(t, HasAPIToken(s), s)
	}
	for _, s := range []string{"/yakMGkWM9t3", "yakMGkWM9t3/ISclLiMaQoY", "/yakMGkWM9t3/ISclLiMaQoYx", "Xk29fLq8Zr0T_mB4wYp7cNv1s", "/yakMGkWM9t3//ISclLiMaQoY",
		"sk_live_4eC39HqLyjWDarjtT1zdp7dc", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"} {
		require.False(t, joinedIDs(s), s)
	}
	// A bcrypt salt alone, as Koha draws its password-recovery keys; not a
	// whole bcrypt hash (a password hash), nor a salt of one letter.
	require.True(t, IsHighEntropyToken("$2a$08$EcMMzRwXEvOKzHKx1Yu9bO"))
	require.True(t, IsHighEntropyToken("$2b$12$cO9FdBw0ygV.L3sJ4U2m8l"))
	for _, s := range []string{"$2a$08$aaaaaaaaaaaaaaaaaaaaaa", "$2a$08$EcMMzRwXEvOKzHKx1Yu9bO1234567890abcdefghijklmnopq", "$3a$08$EcMMzRwXEvOKzHKx1Yu9bO"} {
		require.False(t, IsHighEntropyToken(s), s)
	}
}

// A share link's URL is the access: a Nextcloud or ownCloud public
// share, a published calendar, a calendar's private iCal address. A word
// and a number in the same place are not a key.
func TestShareLinks(t *testing.T) {
	for _, s := range []string{
		"https://cloud.example.org/s/wCs9X0QnqFqgnJK",
		"https://cloud.example.org/index.php/s/FxeTzYKTo5itcE9/download",
		"https://cloud.example.org/remote.php/dav/public-calendars/2w0VFYdJUaR2kQYW?export",
		"https://calendar.google.com/calendar/ical/ann%40example.org/private-440c0dc73806bba759800f2a5df68dca/basic.ics",
	} {
		require.True(t, HasURLCredentials(s), s)
	}
	for _, s := range []string{
		"https://shop.example/s/Summer2024Collection", "https://shop.example/s/summer-sale-2024", "https://cloud.example.org/s/",
		"https://calendar.google.com/calendar/ical/ann%40example.org/public/basic.ics",
		"https://cloud.example.org/apps/files/?dir=/Shared", "https://example.org/private-notes/readme",
	} {
		require.False(t, HasURLCredentials(s), s)
	}
}

// A link to the page that sets a new password carries the key to an
// account, whatever its parameter is called: each random value in it is
// the credential, and scrub_text replaces that value alone.
func TestPasswordResetLinks(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	hex := randomString(r, "0123456789abcdef", 32)
	for _, s := range []string{
		"https://crm.example/?entryPoint=changePassword&id=" + hex,
		"https://app.example/password/reset/" + randomString(r, "0123456789abcdef", 64) + "?email=ann%40example.com",
		"https://shop.example/reset-password?u=" + randomString(r, base62, 24),
		"https://app.example/users/password/edit?reset_password_token=" + randomString(r, base62, 20),
		"https://app.example/account/forgot-password/0f8fad5b-d9cb-469f-a165-70867728950e",
		"see https://app.example/set_password?k=" + hex + " (valid one hour)",
	} {
		require.True(t, HasURLCredentials(s), s)
	}
	for _, s := range []string{
		"https://crm.example/?entryPoint=changePassword&id=42",                  // no random value
		"https://app.example/password/reset",                                    // the form, no key
		"https://app.example/docs/" + hex + "?topic=password-policy",            // not a reset page
		"https://password-reset.example/assets/" + hex + ".js",                  // the host says nothing
		"https://crm.example/?entryPoint=changePassword&id=REDACTED",            // a placeholder
		"https://app.example/reset/" + hex + "?page=2",                          // no password named
		"https://app.example/changelog/password-manager/" + hex + "/screenshot", // not the word's neighbours
	} {
		require.False(t, HasURLCredentials(s), s)
	}
	text := "Reset it here: https://crm.example/?entryPoint=changePassword&id=" + hex + " and call us."
	got := AppendEntities(nil, text)
	require.Len(t, got, 1, "%+v", got)
	require.Equal(t, hex, text[got[0].Start:got[0].End])
}

// A token after an Authorization header's Bearer scheme is one whatever
// its shape; a Mailchimp key is one by its data centre suffix.
func TestBearerTokensAndMailchimpKeys(t *testing.T) {
	for _, s := range []string{
		"Bearer 7IMPyvwIYD5Lp7Lc7DhaaJ2f15lqCYt6eNj52sHx",
		`[{"header": "Authorization", "value": "bearer 0hOpebM21CZY3lH3KOyCKLhLKZggd8SM"}]`,
		"apikey bd848213e7c04aee2a51770a25a31b97-us21",
		"key=0123456789abcdef0123456789abcdef-us6&list=x",
	} {
		require.True(t, HasAPIToken(s), s)
	}
	for _, s := range []string{
		"the bearer of this letter",
		"Bearer tokens_are_described_here_in_words",
		"Bearer 12345678901234567890",                       // digits only
		"Bearer " + testJWT,                                 // HasJWT's
		"NoBearer 7IMPyvwIYD5Lp7Lc7DhaaJ2f15lqCYt6eNj52sHx", // not the scheme's word
		"0123456789abcdef0123456789abcdef-eu1",              // no Mailchimp data centre
		"0123456789ABCDEF0123456789abcdef-us1",              // upper-case hex
		"0123456789abcdef0123456789abcde-us1",               // 31 hex digits
	} {
		require.False(t, HasAPIToken(s), s)
	}
}

// A credential assigned to a name that says so, as env files, libpq's and
// ADO.NET's connection strings and config lines write it, whatever the
// value looks like; a page's token, a key's id, a short value, a
// placeholder and a variable's reference are not.
func TestAssignedCredentials(t *testing.T) {
	for _, s := range []string{
		"AWS_ACCESS_KEY_ID=0038b5e8507dc6217d9679ce0 AWS_SECRET_ACCESS_KEY=K003ZEoEviTIYUE3HPuHJqBKhuDQyl8",
		"RESTIC_PASSWORD=YaeouohHzo9Zb0iOhERyR3Io",
		"host=db.internal port=5432 user=app password=hunter22 dbname=prod",
		"Server=sql01;Database=crm;User Id=sa;Password=Radweg!D2Q;",
		"PGPASSWORD=s3cr3t-pw psql -h db", "export GITHUB_TOKEN=abcdef123", "clientSecret=Zm9vYmFy2024", "apiKey=live-7781-x",
	} {
		require.True(t, HasAPIToken(s), s)
	}
	for _, s := range []string{
		"next_page_token=CAoQAA", "AWS_ACCESS_KEY_ID=0038b5e8507dc6217d9679ce0", "password=abc", "PASSWORD=${DB_PASSWORD}",
		"password=[FILTERED]", "password=********", "key=color", "sort_key=created_at", "the password=field is required",
		"cursor_token=eyJwYWdl", "passWord=hunter22",
	} {
		require.False(t, HasAPIToken(s), s)
	}
	// scrub_text replaces the whole value, special characters included.
	text := "conn: Server=sql01;Password=Radweg!D2Q;Encrypt=true"
	spans := AppendEntities(nil, text)
	require.Len(t, spans, 1)
	require.Equal(t, "Radweg!D2Q", text[spans[0].Start:spans[0].End])
}

// vendorExamples builds one credential of each shape in otherTokens, with
// its random part drawn at run time so no literal looks like a credential.
func vendorExamples(r *rand.Rand) []string {
	const hex = "0123456789abcdef"
	b64url := base62 + "-_"
	uuid := func() string {
		return randomString(r, hex, 8) + "-" + randomString(r, hex, 4) + "-" + randomString(r, hex, 4) + "-" + randomString(r, hex, 4) + "-" + randomString(r, hex, 12)
	}
	return []string{
		"glpat-" + randomString(r, base62, 20),
		"glpat-" + randomString(r, b64url, 30) + ".01" + randomString(r, "0123456789abcdefghijklmnopqrstuvwxyz", 7),
		"glptt-" + randomString(r, hex, 40),
		"gldt-" + randomString(r, base62, 20),
		"glrt-" + randomString(r, b64url, 20),
		"sk-proj-" + randomString(r, b64url, 120),
		"sk-ant-api03-" + randomString(r, b64url, 93) + "AA",
		"xkeysib-" + randomString(r, hex, 64) + "-" + randomString(r, base62, 16),
		"xsmtpsib-" + randomString(r, hex, 64) + "-" + randomString(r, base62, 16),
		"sk.eyJ1IjoiY2FydG8iLCJhIjoi" + randomString(r, base62, 25) + "In0." + randomString(r, b64url, 22),
		"shpat_" + randomString(r, hex, 32),
		"shpss_" + randomString(r, hex, 32),
		"dop_v1_" + randomString(r, hex, 64),
		"pat-na1-" + uuid(),
		"pat-eu1-" + uuid(),
		"sq0atp-" + randomString(r, b64url, 22),
		"sq0csp-" + randomString(r, b64url, 43),
		"dapi" + randomString(r, hex, 32),
		"GOCSPX-" + randomString(r, b64url, 28),
		"ya29." + randomString(r, b64url, 120),
		"glsa_" + randomString(r, base62, 32) + "_" + randomString(r, hex, 8),
		"hvs." + randomString(r, b64url, 90),
		"dp.st.prd." + randomString(r, base62, 40),
		"PMAK-" + randomString(r, hex, 24) + "-" + randomString(r, hex, 34),
		"NRAK-" + randomString(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 27),
		"sntryu_" + randomString(r, hex, 64),
		"dckr_pat_" + randomString(r, b64url, 27),
	}
}

// Credentials whose prefix their vendor documents: found alone, in a
// sentence, in a JSON member and in a config line, whatever the shape of
// their random part (bare hex, a UUID, dashes); near misses are not.
func TestVendorTokens(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 9))
	for _, tok := range vendorExamples(r) {
		require.True(t, HasAPIToken(tok), tok)
		require.True(t, HasAPIToken("the key is "+tok+", keep it safe"), tok)
		require.True(t, HasAPIToken(`{"constantValue":"`+tok+`"}`), tok)
		require.True(t, HasAPIToken("BREVO_KEY="+tok), tok)
		spans := AppendEntities(nil, "the key is "+tok+", keep it safe")
		require.Len(t, spans, 1, tok)
		require.Equal(t, KindToken, spans[0].Kind, tok)
		require.Equal(t, tok, ("the key is " + tok + ", keep it safe")[spans[0].Start:spans[0].End])
	}
	for _, s := range []string{
		"glpat-short",
		"the gldt-2024 release notes",
		"dapi" + strings.Repeat("0123456789abcdef", 2) + "0", // 33 hex digits
		"dapi0123456789abcdef",                               // too short
		"xkeysib-" + strings.Repeat("ab", 20),                // not a Brevo key's length
		"shpat_notahexvalueatallnotahexvalue",
		"pat-na1-not-a-uuid",
		"pk.eyJ1IjoiY2FydG8iLCJhIjoiY2t4In0.c2lnbmF0dXJlc2lnbmF0dXJl", // Mapbox's public token
		"sk.eyJhbGciOiJIUzI1NiJ9",                                     // too short for a token
		"NRAK-lowercase-is-not-one",
		"hvs.short",
		"ya29.short",
		"skeleton key", "dapper", "glad tidings", "shpat", "sq0atp",
	} {
		require.False(t, HasAPIToken(s), s)
	}
}
