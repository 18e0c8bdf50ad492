package pgsql

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestMapRoles(t *testing.T) {
	script := `CREATE SCHEMA billing AUTHORIZATION prod_owner;
ALTER TABLE public.users OWNER TO prod_owner;
ALTER FUNCTION public.f() OWNER TO prod_owner;
ALTER SEQUENCE public.s OWNER TO gone;
GRANT SELECT ON TABLE public.users TO prod_app, reporting, PUBLIC;
GRANT ALL ON TABLE public.orders TO gone;
REVOKE ALL ON TABLE public.orders FROM prod_app;
ALTER DEFAULT PRIVILEGES FOR ROLE gone IN SCHEMA public GRANT SELECT ON TABLES TO prod_app;
ALTER DEFAULT PRIVILEGES FOR ROLE prod_owner IN SCHEMA public GRANT SELECT ON TABLES TO prod_app;
GRANT gone TO prod_app;
CREATE TABLE public.t (id int);
`
	onTarget := map[string]bool{"staging_owner": true, "staging_app": true, "reporting": true}
	out, report, err := MapRoles(script, map[string]string{"prod_owner": "staging_owner", "prod_app": "staging_app"}, func(r string) bool { return onTarget[r] })
	require.NoError(t, err)
	for _, want := range []string{
		"CREATE SCHEMA billing AUTHORIZATION staging_owner",
		"ALTER TABLE public.users OWNER TO staging_owner",
		"ALTER FUNCTION public.f() OWNER TO staging_owner",
		"-- understudy: removed OWNER TO (the role is not on the target)",
		"GRANT select ON public.users TO staging_app, reporting, public",
		"-- understudy: removed GRANT (the roles are not on the target)",
		"REVOKE ALL ON public.orders FROM staging_app",
		"-- understudy: removed ALTER DEFAULT PRIVILEGES (the role is not on the target)",
		"FOR ROLE staging_owner",
		"-- understudy: removed GRANT role (a role is not on the target)",
		"CREATE TABLE public.t (id int);",
	} {
		require.Contains(t, out, want)
	}
	require.NotContains(t, out, "prod_")
	require.NotContains(t, out, "TO gone")
	require.Len(t, report, 10)
	require.True(t, strings.HasSuffix(out, "CREATE TABLE public.t (id int);\n"))
}

// A target server of its own lacks production's roles: user mappings for
// them cannot be created there and are dropped; a policy keeps the roles
// the target has, and is dropped rather than widened to PUBLIC when it has
// none of them.
func TestMapRolesUserMappingsAndPolicies(t *testing.T) {
	script := `CREATE USER MAPPING FOR acme_app SERVER reporting_srv OPTIONS (user 'reader');
CREATE USER MAPPING FOR PUBLIC SERVER reporting_srv;
CREATE USER MAPPING FOR prod_app SERVER reporting_srv;
CREATE POLICY tenant ON public.orders TO acme_app, reporting USING (true);
CREATE POLICY only_gone ON public.orders TO acme_app USING (true);
CREATE POLICY everyone ON public.orders USING (true);
`
	onTarget := map[string]bool{"reporting": true, "staging_app": true}
	out, report, err := MapRoles(script, map[string]string{"prod_app": "staging_app"}, func(r string) bool { return onTarget[r] })
	require.NoError(t, err)
	for _, want := range []string{
		"-- understudy: removed CREATE USER MAPPING (the role is not on the target)",
		"CREATE USER MAPPING FOR PUBLIC SERVER reporting_srv",
		"CREATE USER MAPPING FOR staging_app SERVER reporting_srv",
		"CREATE POLICY tenant ON public.orders TO reporting USING (true)",
		"-- understudy: removed CREATE POLICY (its roles are not on the target)",
		"CREATE POLICY everyone ON public.orders USING (true);",
	} {
		require.Contains(t, out, want)
	}
	require.NotContains(t, out, "acme_app")
	require.Len(t, report, 4)
}
