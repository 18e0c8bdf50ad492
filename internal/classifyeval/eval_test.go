package classifyeval_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/classifyeval"
	"github.com/understudy/understudy/internal/cli"
	"github.com/understudy/understudy/internal/datagen"
	"github.com/understudy/understudy/internal/golden"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/pipeline"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/schema"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// evalSchema is one schema of the evaluation and its labels,
// testdata/classify-eval/<name>/labels.tsv.
type evalSchema struct {
	name    string
	fixture pgtest.Fixture
	// holdout names the holdout set of a schema kept out of tuning, ""
	// for the tuning set. Holdout schemas are scored apart, each set on
	// its own: never tune the classifier, its dictionary or the floors
	// against them.
	holdout string
}

// The holdout sets, in the order the report shows them: the first was
// written after every tuning fixture and has been looked at since; the
// third was written after the second (odoo) had been looked at, and
// scored once before the change that followed it. The second is part of
// the tuning set now: the third pass was chosen from its misses
// (docs/classify-eval.md). The fourth (keycloak, moodle) was written
// after the third by someone who had not seen the classifier, labelled by
// what its columns hold, and scored once before any change that followed
// it. The fifth (nextcloud, redmine) was written after the fourth, again
// by someone who had not seen the classifier, labelled by what its columns
// hold, and scored once before any change that followed it. The sixth
// (mattermost, dolibarr) and the seventh (openemr, mautic) were written
// after the fifth, again by people who had not seen the classifier,
// labelled by what their columns hold, and scored before the seventh pass
// and after it, before anything was chosen from them; the eighth pass was
// chosen from the seventh's misses, and the sixth measures it; the ninth
// pass was chosen from the sixth's. The eighth (zammad, saleor) was written
// during the ninth pass by someone who had not seen the classifier,
// labelled by what its columns hold, and scored before the seventh pass
// and after the ninth, before anything was chosen from it. The ninth
// (ghost, synapse) was written during the tenth pass by two people who had
// not seen the classifier, and scored before it and after it. The tenth
// (gitea, erpnext) was written during the twelfth pass by two people who
// had not seen the classifier, and scored before it and after it. The
// eleventh (calcom, metabase) was written during the thirteenth pass by
// two people who had not seen the classifier, and scored before the
// twelfth pass, after it and after the thirteenth; the fourteenth pass
// was chosen from its misses. The twelfth (discourse, openmrs) was
// written during the fourteenth pass by two people who had not seen the
// classifier, and scored before it and after it; the fifteenth pass was
// chosen from its misses. The thirteenth (jira, supabase) was written
// during the fifteenth pass by two people who had not seen the
// classifier, and scored before the fourteenth pass and after the
// fifteenth; the sixteenth pass was chosen from its misses. The
// fourteenth (suitecrm, mastodon) was written during the sixteenth pass
// by two people who had not seen the classifier, and scored before it
// and after it; the seventeenth pass was chosen from its misses. The
// fifteenth (chatwoot, peertube) was written during the seventeenth pass
// by two people who had not seen the classifier, and scored before it and
// after it; the eighteenth pass was chosen from its misses. The sixteenth
// (zulip, ofbiz) was written during the eighteenth pass by two people who
// had not seen the classifier, and scored before it and after it. The
// seventeenth (pretix, grafana) was written before the nineteenth pass by
// two people who had not seen the classifier, and scored before it and
// after it; the nineteenth pass was chosen from the sixteenth's misses.
const (
	holdoutFirst        = "holdout 1"
	holdoutThird        = "holdout 3"
	holdoutFourth       = "holdout 4"
	holdoutFifth        = "holdout 5"
	holdoutSixth        = "holdout 6"
	holdoutSeventh      = "holdout 7"
	holdoutEighth       = "holdout 8"
	holdoutNinth        = "holdout 9"
	holdoutTenth        = "holdout 10"
	holdoutEleven       = "holdout 11"
	holdoutTwelve       = "holdout 12"
	holdoutThirteen     = "holdout 13"
	holdoutFourteen     = "holdout 14"
	holdoutFifteen      = "holdout 15"
	holdoutSixteen      = "holdout 16"
	holdoutSeventeen    = "holdout 17"
	holdoutEighteen     = "holdout 18"
	holdoutNineteen     = "holdout 19"
	holdoutTwenty       = "holdout 20"
	holdoutTwentyOne    = "holdout 21"
	holdoutTwentyTwo    = "holdout 22"
	holdoutTwentyThree  = "holdout 23"
	holdoutTwentyFour   = "holdout 24"
	holdoutTwentyFive   = "holdout 25"
	holdoutTwentySix    = "holdout 26"
	holdoutTwentySeven  = "holdout 27"
	holdoutTwentyEight  = "holdout 28"
	holdoutTwentyNine   = "holdout 29"
	holdoutThirty       = "holdout 30"
	holdoutThirtyOne    = "holdout 31"
	holdoutThirtyTwo    = "holdout 32"
	holdoutThirtyThree  = "holdout 33"
	holdoutThirtyFour   = "holdout 34"
	holdoutThirtyFive   = "holdout 35"
	holdoutThirtySix    = "holdout 36"
	holdoutThirtySeven  = "holdout 37"
	holdoutThirtyEight  = "holdout 38"
	holdoutThirtyNine   = "holdout 39"
	holdoutForty        = "holdout 40"
	holdoutFortyOne     = "holdout 41"
	holdoutFortyTwo     = "holdout 42"
	holdoutFortyThree   = "holdout 43"
	holdoutFortyFour    = "holdout 44"
	holdoutFortyFive    = "holdout 45"
	holdoutFortySix     = "holdout 46"
	holdoutFortySeven   = "holdout 47"
	holdoutFortyEight   = "holdout 48"
	holdoutFortyNine    = "holdout 49"
	holdoutFifty        = "holdout 50"
	holdoutFiftyOne     = "holdout 51"
	holdoutFiftyTwo     = "holdout 52"
	holdoutFiftyThree   = "holdout 53"
	holdoutFiftyFour    = "holdout 54"
	holdoutFiftyFive    = "holdout 55"
	holdoutFiftySix     = "holdout 56"
	holdoutFiftySeven   = "holdout 57"
	holdoutFiftyEight   = "holdout 58"
	holdoutFiftyNine    = "holdout 59"
	holdoutSixty        = "holdout 60"
	holdoutSixtyOne     = "holdout 61"
	holdoutSixtyTwo     = "holdout 62"
	holdoutSixtyThree   = "holdout 63"
	holdoutSixtyFour    = "holdout 64"
	holdoutSixtyFive    = "holdout 65"
	holdoutSixtySix     = "holdout 66"
	holdoutSixtySeven   = "holdout 67"
	holdoutSixtyEight   = "holdout 68"
	holdoutSixtyNine    = "holdout 69"
	holdoutSeventy      = "holdout 70"
	holdoutSeventyOne   = "holdout 71"
	holdoutSeventyTwo   = "holdout 72"
	holdoutSeventyThree = "holdout 73"
	holdoutSeventyFour  = "holdout 74"
)

// sealedSets are the clean holdout sets, the measure of the next pass:
// their score tables print, their misses do not (unless -unseal names
// the set), so that a failing run's output, a CI log or make
// classify-eval never shows what the next pass must not be chosen from.
// Unseal a set when a pass is chosen from it, and say so in
// docs/classify-eval.md.
var sealedSets = map[string]bool{holdoutSeventyThree: true, holdoutSeventyFour: true}

// unseal names the one sealed set whose misses print: a whole run with
// it prints no other sealed set's (a bool once printed them all, and a
// run meant for the set a pass consumed showed the next one's misses).
var unseal = flag.String("unseal", "", `print the misses of this sealed holdout set ("holdout 60"), after which it measures nothing`)

// holdoutSets lists the holdout sets in report order.
var holdoutSets = []string{holdoutFirst, holdoutThird, holdoutFourth, holdoutFifth, holdoutSixth, holdoutSeventh, holdoutEighth, holdoutNinth, holdoutTenth, holdoutEleven, holdoutTwelve, holdoutThirteen, holdoutFourteen, holdoutFifteen, holdoutSixteen, holdoutSeventeen, holdoutEighteen, holdoutNineteen, holdoutTwenty, holdoutTwentyOne, holdoutTwentyTwo, holdoutTwentyThree, holdoutTwentyFour, holdoutTwentyFive, holdoutTwentySix, holdoutTwentySeven, holdoutTwentyEight, holdoutTwentyNine, holdoutThirty, holdoutThirtyOne, holdoutThirtyTwo, holdoutThirtyThree, holdoutThirtyFour, holdoutThirtyFive, holdoutThirtySix, holdoutThirtySeven, holdoutThirtyEight, holdoutThirtyNine, holdoutForty, holdoutFortyOne, holdoutFortyTwo, holdoutFortyThree, holdoutFortyFour, holdoutFortyFive, holdoutFortySix, holdoutFortySeven, holdoutFortyEight, holdoutFortyNine, holdoutFifty, holdoutFiftyOne, holdoutFiftyTwo, holdoutFiftyThree, holdoutFiftyFour, holdoutFiftyFive, holdoutFiftySix, holdoutFiftySeven, holdoutFiftyEight, holdoutFiftyNine, holdoutSixty, holdoutSixtyOne, holdoutSixtyTwo, holdoutSixtyThree, holdoutSixtyFour, holdoutSixtyFive, holdoutSixtySix, holdoutSixtySeven, holdoutSixtyEight, holdoutSixtyNine, holdoutSeventy, holdoutSeventyOne, holdoutSeventyTwo, holdoutSeventyThree, holdoutSeventyFour}

func evalSchemas() []evalSchema {
	fixture := pgtest.Labelled
	schemas := []evalSchema{
		{name: "acme", fixture: pgtest.Acme("0.05")},
		{name: "pagila", fixture: pgtest.Pagila()},
		{name: "northwind", fixture: pgtest.Northwind()},
		{name: "osm", fixture: datagen.OSM(20)},
		{name: "rails", fixture: fixture("rails")},
		{name: "django", fixture: fixture("django")},
		{name: "prisma", fixture: fixture("prisma")},
		{name: "hibernate", fixture: fixture("hibernate")},
		{name: "erp", fixture: fixture("erp")},
		{name: "laravel", fixture: fixture("laravel"), holdout: holdoutFirst},
		{name: "sqlc", fixture: fixture("sqlc"), holdout: holdoutFirst},
		{name: "odoo", fixture: fixture("odoo")}, // holdout 2 until the third pass tuned on it
		{name: "wordpress", fixture: fixture("wordpress"), holdout: holdoutThird},
		{name: "orangehrm", fixture: fixture("orangehrm"), holdout: holdoutThird},
		{name: "keycloak", fixture: fixture("keycloak"), holdout: holdoutFourth},
		{name: "moodle", fixture: fixture("moodle"), holdout: holdoutFourth},
		{name: "nextcloud", fixture: fixture("nextcloud"), holdout: holdoutFifth},
		{name: "redmine", fixture: fixture("redmine"), holdout: holdoutFifth},
		{name: "mattermost", fixture: fixture("mattermost"), holdout: holdoutSixth},
		{name: "dolibarr", fixture: fixture("dolibarr"), holdout: holdoutSixth},
		{name: "openemr", fixture: fixture("openemr"), holdout: holdoutSeventh},
		{name: "mautic", fixture: fixture("mautic"), holdout: holdoutSeventh},
		{name: "zammad", fixture: fixture("zammad"), holdout: holdoutEighth},
		{name: "saleor", fixture: fixture("saleor"), holdout: holdoutEighth},
		{name: "ghost", fixture: fixture("ghost"), holdout: holdoutNinth},
		{name: "synapse", fixture: fixture("synapse"), holdout: holdoutNinth},
		{name: "gitea", fixture: fixture("gitea"), holdout: holdoutTenth},
		{name: "erpnext", fixture: fixture("erpnext"), holdout: holdoutTenth},
		{name: "calcom", fixture: fixture("calcom"), holdout: holdoutEleven},
		{name: "metabase", fixture: fixture("metabase"), holdout: holdoutEleven},
		{name: "discourse", fixture: fixture("discourse"), holdout: holdoutTwelve},
		{name: "openmrs", fixture: fixture("openmrs"), holdout: holdoutTwelve},
		{name: "jira", fixture: fixture("jira"), holdout: holdoutThirteen},
		{name: "supabase", fixture: fixture("supabase"), holdout: holdoutThirteen},
		{name: "suitecrm", fixture: fixture("suitecrm"), holdout: holdoutFourteen},
		{name: "mastodon", fixture: fixture("mastodon"), holdout: holdoutFourteen},
		{name: "chatwoot", fixture: fixture("chatwoot"), holdout: holdoutFifteen},
		{name: "peertube", fixture: fixture("peertube"), holdout: holdoutFifteen},
		{name: "zulip", fixture: fixture("zulip"), holdout: holdoutSixteen},
		{name: "ofbiz", fixture: fixture("ofbiz"), holdout: holdoutSixteen},
		{name: "pretix", fixture: fixture("pretix"), holdout: holdoutSeventeen},
		{name: "grafana", fixture: fixture("grafana"), holdout: holdoutSeventeen},
		{name: "medusa", fixture: fixture("medusa"), holdout: holdoutEighteen},
		{name: "killbill", fixture: fixture("killbill"), holdout: holdoutEighteen},
		{name: "sentry", fixture: fixture("sentry"), holdout: holdoutNineteen},
		{name: "n8n", fixture: fixture("n8n"), holdout: holdoutNineteen},
		{name: "lemmy", fixture: fixture("lemmy"), holdout: holdoutTwenty},
		{name: "outline", fixture: fixture("outline"), holdout: holdoutTwenty},
		{name: "directus", fixture: fixture("directus"), holdout: holdoutTwentyOne},
		{name: "snipeit", fixture: fixture("snipeit"), holdout: holdoutTwentyOne},
		{name: "immich", fixture: fixture("immich"), holdout: holdoutTwentyTwo},
		{name: "airflow", fixture: fixture("airflow"), holdout: holdoutTwentyTwo},
		{name: "plausible", fixture: fixture("plausible"), holdout: holdoutTwentyThree},
		{name: "paperless", fixture: fixture("paperless"), holdout: holdoutTwentyThree},
		{name: "authentik", fixture: fixture("authentik"), holdout: holdoutTwentyFour},
		{name: "listmonk", fixture: fixture("listmonk"), holdout: holdoutTwentyFour},
		{name: "openproject", fixture: fixture("openproject"), holdout: holdoutTwentyFive},
		{name: "vaultwarden", fixture: fixture("vaultwarden"), holdout: holdoutTwentyFive},
		{name: "invoiceninja", fixture: fixture("invoiceninja"), holdout: holdoutTwentySix},
		{name: "mealie", fixture: fixture("mealie"), holdout: holdoutTwentySix},
		{name: "akkoma", fixture: fixture("akkoma"), holdout: holdoutTwentySeven},
		{name: "superset", fixture: fixture("superset"), holdout: holdoutTwentySeven},
		{name: "fireflyiii", fixture: fixture("fireflyiii"), holdout: holdoutTwentyEight},
		{name: "twenty", fixture: fixture("twenty"), holdout: holdoutTwentyEight},
		{name: "documenso", fixture: fixture("documenso"), holdout: holdoutTwentyNine},
		{name: "taiga", fixture: fixture("taiga"), holdout: holdoutTwentyNine},
		{name: "kimai", fixture: fixture("kimai"), holdout: holdoutThirty},
		{name: "misskey", fixture: fixture("misskey"), holdout: holdoutThirty},
		{name: "chamilo", fixture: fixture("chamilo"), holdout: holdoutThirtyOne},
		{name: "wikijs", fixture: fixture("wikijs"), holdout: holdoutThirtyOne},
		{name: "penpot", fixture: fixture("penpot"), holdout: holdoutThirtyTwo},
		{name: "hedgedoc", fixture: fixture("hedgedoc"), holdout: holdoutThirtyTwo},
		{name: "zabbix", fixture: fixture("zabbix"), holdout: holdoutThirtyThree},
		{name: "vikunja", fixture: fixture("vikunja"), holdout: holdoutThirtyThree},
		{name: "glpi", fixture: fixture("glpi"), holdout: holdoutThirtyFour},
		{name: "formbricks", fixture: fixture("formbricks"), holdout: holdoutThirtyFour},
		{name: "magento", fixture: fixture("magento"), holdout: holdoutThirtyFive},
		{name: "pretalx", fixture: fixture("pretalx"), holdout: holdoutThirtyFive},
		{name: "bookstack", fixture: fixture("bookstack"), holdout: holdoutThirtySix},
		{name: "canvas", fixture: fixture("canvas"), holdout: holdoutThirtySix},
		{name: "mailman", fixture: fixture("mailman"), holdout: holdoutThirtySeven},
		{name: "strapi", fixture: fixture("strapi"), holdout: holdoutThirtySeven},
		{name: "prestashop", fixture: fixture("prestashop"), holdout: holdoutThirtyEight},
		{name: "pixelfed", fixture: fixture("pixelfed"), holdout: holdoutThirtyEight},
		{name: "espocrm", fixture: fixture("espocrm"), holdout: holdoutThirtyNine},
		{name: "joplin", fixture: fixture("joplin"), holdout: holdoutThirtyNine},
		{name: "mobilizon", fixture: fixture("mobilizon"), holdout: holdoutForty},
		{name: "sylius", fixture: fixture("sylius"), holdout: holdoutForty},
		{name: "gitlab", fixture: fixture("gitlab"), holdout: holdoutFortyOne},
		{name: "funkwhale", fixture: fixture("funkwhale"), holdout: holdoutFortyOne},
		{name: "freescout", fixture: fixture("freescout"), holdout: holdoutFortyTwo},
		{name: "plane", fixture: fixture("plane"), holdout: holdoutFortyTwo},
		{name: "akaunting", fixture: fixture("akaunting"), holdout: holdoutFortyThree},
		{name: "diaspora", fixture: fixture("diaspora"), holdout: holdoutFortyThree},
		{name: "wallabag", fixture: fixture("wallabag"), holdout: holdoutFortyFour},
		{name: "kanboard", fixture: fixture("kanboard"), holdout: holdoutFortyFour},
		{name: "huginn", fixture: fixture("huginn"), holdout: holdoutFortyFive},
		{name: "nocodb", fixture: fixture("nocodb"), holdout: holdoutFortyFive},
		{name: "tryton", fixture: fixture("tryton"), holdout: holdoutFortySix},
		{name: "orystack", fixture: fixture("orystack"), holdout: holdoutFortySix},
		{name: "weblate", fixture: fixture("weblate"), holdout: holdoutFortySeven},
		{name: "docuseal", fixture: fixture("docuseal"), holdout: holdoutFortySeven},
		{name: "decidim", fixture: fixture("decidim"), holdout: holdoutFortyEight},
		{name: "requesttracker", fixture: fixture("requesttracker"), holdout: holdoutFortyEight},
		{name: "indico", fixture: fixture("indico"), holdout: holdoutFortyNine},
		{name: "spree", fixture: fixture("spree"), holdout: holdoutFortyNine},
		{name: "lago", fixture: fixture("lago"), holdout: holdoutFifty},
		{name: "limesurvey", fixture: fixture("limesurvey"), holdout: holdoutFifty},
		{name: "posthog", fixture: fixture("posthog"), holdout: holdoutFiftyOne},
		{name: "zitadel", fixture: fixture("zitadel"), holdout: holdoutFiftyOne},
		{name: "netbox", fixture: fixture("netbox"), holdout: holdoutFiftyTwo},
		{name: "civicrm", fixture: fixture("civicrm"), holdout: holdoutFiftyTwo},
		{name: "shopware", fixture: fixture("shopware"), holdout: holdoutFiftyThree},
		{name: "ushahidi", fixture: fixture("ushahidi"), holdout: holdoutFiftyThree},
		{name: "opencollective", fixture: fixture("opencollective"), holdout: holdoutFiftyFour},
		{name: "hyperswitch", fixture: fixture("hyperswitch"), holdout: holdoutFiftyFour},
		{name: "medplum", fixture: fixture("medplum"), holdout: holdoutFiftyFive},
		{name: "coder", fixture: fixture("coder"), holdout: holdoutFiftyFive},
		{name: "sormas", fixture: fixture("sormas"), holdout: holdoutFiftySix},
		{name: "fineract", fixture: fixture("fineract"), holdout: holdoutFiftySix},
		{name: "idempiere", fixture: fixture("idempiere"), holdout: holdoutFiftySeven},
		{name: "nakama", fixture: fixture("nakama"), holdout: holdoutFiftySeven},
		{name: "akeneo", fixture: fixture("akeneo"), holdout: holdoutFiftyEight},
		{name: "opensis", fixture: fixture("opensis"), holdout: holdoutFiftyEight},
		{name: "forem", fixture: fixture("forem"), holdout: holdoutFiftyNine},
		{name: "openedx", fixture: fixture("openedx"), holdout: holdoutFiftyNine},
		{name: "consul", fixture: fixture("consul"), holdout: holdoutSixty},
		{name: "gnuhealth", fixture: fixture("gnuhealth"), holdout: holdoutSixty},
		{name: "mediawiki", fixture: fixture("mediawiki"), holdout: holdoutSixtyOne},
		{name: "bugzilla", fixture: fixture("bugzilla"), holdout: holdoutSixtyOne},
		{name: "loomio", fixture: fixture("loomio"), holdout: holdoutSixtyTwo},
		{name: "baserow", fixture: fixture("baserow"), holdout: holdoutSixtyTwo},
		{name: "fixmystreet", fixture: fixture("fixmystreet"), holdout: holdoutSixtyThree},
		{name: "openclinica", fixture: fixture("openclinica"), holdout: holdoutSixtyThree},
		{name: "koha", fixture: fixture("koha"), holdout: holdoutSixtyFour},
		{name: "alaveteli", fixture: fixture("alaveteli"), holdout: holdoutSixtyFour},
		{name: "dhis2", fixture: fixture("dhis2"), holdout: holdoutSixtyFive},
		{name: "vtiger", fixture: fixture("vtiger"), holdout: holdoutSixtyFive},
		{name: "oxid", fixture: fixture("oxid"), holdout: holdoutSixtySix},
		{name: "osticket", fixture: fixture("osticket"), holdout: holdoutSixtySix},
		{name: "gibbon", fixture: fixture("gibbon"), holdout: holdoutSixtySeven},
		{name: "phpbb", fixture: fixture("phpbb"), holdout: holdoutSixtySeven},
		{name: "drupal", fixture: fixture("drupal"), holdout: holdoutSixtyEight},
		{name: "humhub", fixture: fixture("humhub"), holdout: holdoutSixtyEight},
		{name: "joomla", fixture: fixture("joomla"), holdout: holdoutSixtyNine},
		{name: "commcare", fixture: fixture("commcare"), holdout: holdoutSixtyNine},
		{name: "openelis", fixture: fixture("openelis"), holdout: holdoutSeventy},
		{name: "roundcube", fixture: fixture("roundcube"), holdout: holdoutSeventy},
		{name: "matomo", fixture: fixture("matomo"), holdout: holdoutSeventyOne},
		{name: "opencats", fixture: fixture("opencats"), holdout: holdoutSeventyOne},
		{name: "openimis", fixture: fixture("openimis"), holdout: holdoutSeventyTwo},
		{name: "openfoodnetwork", fixture: fixture("openfoodnetwork"), holdout: holdoutSeventyTwo},
		{name: "monica", fixture: fixture("monica"), holdout: holdoutSeventyThree},
		{name: "evergreen", fixture: fixture("evergreen"), holdout: holdoutSeventyThree},
		{name: "tendenci", fixture: fixture("tendenci"), holdout: holdoutSeventyFour},
		{name: "oscar", fixture: fixture("oscar"), holdout: holdoutSeventyFour},
	}
	// Each table in its key's order, whatever autovacuum did while the
	// fixture loaded: init samples a table's first rows, and the scores
	// must not move with the machine's load. (Labelled's are already;
	// integration's corpus loads the others the same way.)
	for i := range schemas {
		schemas[i].fixture.Canonical = true
	}
	return schemas
}

func evalDir() string { return filepath.Join(pgtest.RepoRoot(), "testdata", "classify-eval") }

// docPath is the page whose generated block holds the tables.
var docPath = filepath.Join(pgtest.RepoRoot(), "docs", "classify-eval.md")

const (
	docBegin = "<!-- classify-eval:begin (written by make classify-eval; do not edit) -->\n"
	docEnd   = "<!-- classify-eval:end -->\n"
)

// TestClassifyEval scores what init writes against the labels of every
// schema, prints the table and the misses (go test -v, make
// classify-eval), fails when the tuning set falls under its floors, and
// keeps docs/classify-eval.md's tables true (-update rewrites them).
func TestClassifyEval(t *testing.T) {
	t.Parallel()
	var (
		mu       sync.Mutex
		outcomes []classifyeval.Outcome
		sets     = map[string]string{} // schema → holdout set
		skipped  []string
	)
	t.Run("schema", func(t *testing.T) {
		for _, s := range evalSchemas() {
			t.Run(s.name, func(t *testing.T) {
				t.Parallel()
				missing, err := pgtest.Shared(t).MissingExtensions(context.Background(), s.fixture)
				require.NoError(t, err)
				if len(missing) > 0 {
					mu.Lock()
					skipped = append(skipped, fmt.Sprintf("%s (the server lacks %s)", s.name, strings.Join(missing, ", ")))
					mu.Unlock()
					t.Skipf("the server lacks the extensions %v that %s needs (Debian: apt-get install postgresql-15-postgis-3; make test-deps installs it when run as root)", missing, s.name)
				}
				labels, err := classifyeval.ReadLabels(filepath.Join(evalDir(), s.name, "labels.tsv"))
				require.NoError(t, err)
				got := observeInit(t, pgtest.Database(t, s.fixture))
				out, err := classifyeval.Match(s.name, s.holdout != "", labels, got)
				require.NoError(t, err)
				mu.Lock()
				sets[s.name] = s.holdout
				outcomes = append(outcomes, out...)
				mu.Unlock()
			})
		}
	})
	if t.Failed() {
		return
	}
	var tuning []classifyeval.Outcome
	holdout := map[string][]classifyeval.Outcome{}
	for _, o := range outcomes {
		if o.Holdout {
			holdout[sets[o.Schema]] = append(holdout[sets[o.Schema]], o)
		} else {
			tuning = append(tuning, o)
		}
	}
	sort.Strings(skipped)
	block := report(tuning, holdout, skipped)
	fmt.Print("\n", block, "\n## Misses, tuning set\n\n", classifyeval.MissList(classifyeval.Misses(tuning)))
	for _, set := range holdoutSets {
		if sealedSets[set] && *unseal != set {
			fmt.Print("\n## Misses, ", set, "\n\nsealed: the clean measure of the next pass (-unseal prints them)\n")
			continue
		}
		fmt.Print("\n## Misses, ", set, "\n\n", classifyeval.MissList(classifyeval.Misses(holdout[set])))
	}

	for _, f := range classifyeval.BelowFloor(classifyeval.Score(tuning), classifyeval.Floors) {
		t.Errorf("tuning set: %s (internal/classifyeval/floors.go)", f)
	}
	if len(skipped) > 0 {
		t.Logf("%s not checked: skipped %s", docPath, strings.Join(skipped, ", "))
		return
	}
	doc, err := os.ReadFile(docPath)
	require.NoError(t, err)
	golden.Check(t, docPath, []byte(replaceBlock(t, string(doc), block)))
}

// report is the generated block: the tuning set's table, each holdout
// set's, and the labelled columns per schema.
func report(tuning []classifyeval.Outcome, holdout map[string][]classifyeval.Outcome, skipped []string) string {
	var b strings.Builder
	r := classifyeval.Score(tuning)
	fmt.Fprintf(&b, "### Tuning set: %d columns\n\n%s\n", r.Columns, classifyeval.Markdown(r, classifyeval.Floors))
	all := append([]classifyeval.Outcome(nil), tuning...)
	for _, set := range holdoutSets {
		h := classifyeval.Score(holdout[set])
		fmt.Fprintf(&b, "### %s (%s): %d columns\n\n%s\n", strings.ToUpper(set[:1])+set[1:], strings.Join(schemasOf(holdout[set]), ", "), h.Columns, classifyeval.Markdown(h, nil))
		all = append(all, holdout[set]...)
	}
	fmt.Fprintf(&b, "### Labelled columns per schema\n\n%s", classifyeval.SchemaCounts(all))
	if len(skipped) > 0 {
		fmt.Fprintf(&b, "\nSkipped: %s.\n", strings.Join(skipped, ", "))
	}
	return b.String()
}

// schemasOf lists the schemas of outcomes, sorted.
func schemasOf(outcomes []classifyeval.Outcome) []string {
	seen := map[string]bool{}
	var out []string
	for _, o := range outcomes {
		if !seen[o.Schema] {
			seen[o.Schema] = true
			out = append(out, o.Schema)
		}
	}
	sort.Strings(out)
	return out
}

// replaceBlock puts block between the markers of doc.
func replaceBlock(t *testing.T, doc, block string) string {
	t.Helper()
	i, j := strings.Index(doc, docBegin), strings.Index(doc, docEnd)
	require.True(t, i >= 0 && j > i, "%s must hold the lines %q and %q, in that order", docPath, strings.TrimSpace(docBegin), strings.TrimSpace(docEnd))
	return doc[:i+len(docBegin)] + block + doc[j:]
}

// observeInit does what init does on the database, function by function
// (pipeline.Prepare with init's sample size, rules.Scaffold), then
// resolves the file it writes as lint does, and returns, per column of
// every table the file covers, the category and whether the file masks
// it.
func observeInit(t *testing.T, url string) map[string]classifyeval.Observed {
	t.Helper()
	ctx := context.Background()
	// Init's sample, without its time limits: on a loaded machine (make
	// test runs packages side by side) a table cut short at ten seconds
	// would be classified on fewer rows, and the scores would depend on
	// the load.
	p, err := pipeline.Prepare(ctx, pipeline.PrepareConfig{SourceURL: url, SampleRows: cli.InitSampleRows, SampleTimeout: 30 * time.Minute})
	require.NoError(t, err)
	p.Close()
	file := rules.Scaffold(p.Model, p.Classes, rules.ScaffoldOptions{})
	cfg, diags := rules.Parse("init.yaml", file)
	require.False(t, diags.HasErrors(), "init's file does not parse:\n%s", diags)
	plan, diags := rules.Resolve(cfg, p.Model, rules.Options{Classes: p.Classes})
	require.False(t, diags.HasErrors(), "init's file does not resolve:\n%s", diags)

	got := map[string]classifyeval.Observed{}
	for _, tp := range plan.Tables {
		if tp.Table.Kind == schema.KindPartition {
			continue // its parent's rules cover it, and its parent is labelled
		}
		for _, cp := range tp.Columns {
			o := classifyeval.Observed{Category: cp.Class.Category}
			// A generated column is computed on the target from the
			// masked columns: masked when the classifier says it holds
			// personal data, as init then says.
			o.Masked = cp.Masks() || (cp.Status == rules.Generated && cp.Class.Category.Sensitive())
			for _, e := range cp.Class.Evidence {
				where := string(e.Source)
				if e.Path != "" {
					where += " " + e.Path
				}
				o.Evidence = append(o.Evidence, where+": "+e.Message)
			}
			got[classifyeval.Key(tp.Table.Name, cp.Column.Name)] = o
		}
	}
	require.NotEmpty(t, got)
	return got
}
