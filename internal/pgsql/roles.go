package pgsql

import (
	"strings"

	pg "github.com/pganalyze/pg_query_go/v6"
)

// MapRoles rewrites the ownership and grants of a schema script for a target
// whose roles are not the source's: each role named in OWNER TO, GRANT,
// REVOKE, ALTER DEFAULT PRIVILEGES and CREATE SCHEMA AUTHORIZATION is
// renamed through mapping (a role not in it keeps its name), and what names
// a role the target lacks (exists reports false) is dropped: an OWNER TO
// statement (the object stays with the loading role), a grantee of a GRANT
// (the whole statement when none is left). Other statements are copied
// byte for byte. The report lists each change.
func MapRoles(sql string, mapping map[string]string, exists func(role string) bool) (string, []Scrubbed, error) {
	m := &roleMapper{mapping: mapping, exists: exists}
	return editScript(sql, m.edit)
}

type roleMapper struct {
	mapping map[string]string
	exists  func(string) bool
}

// role maps one RoleSpec in place and reports whether the target has it.
// PUBLIC, CURRENT_USER and the like always exist.
func (m *roleMapper) role(r *pg.RoleSpec) (changed, ok bool) {
	if r == nil || r.Roletype != pg.RoleSpecType_ROLESPEC_CSTRING {
		return false, true
	}
	if to, has := m.mapping[r.Rolename]; has && to != r.Rolename {
		r.Rolename, changed = to, true
	}
	return changed, m.exists(r.Rolename)
}

func (m *roleMapper) edit(n *pg.Node) (*Scrubbed, *pg.Node) {
	switch {
	case n.GetAlterOwnerStmt() != nil:
		changed, ok := m.role(n.GetAlterOwnerStmt().Newowner)
		return m.owner(n, n.GetAlterOwnerStmt().Newowner, changed, ok)
	case n.GetAlterTableStmt() != nil:
		st := n.GetAlterTableStmt()
		if len(st.Cmds) == 1 && st.Cmds[0].GetAlterTableCmd().GetSubtype() == pg.AlterTableType_AT_ChangeOwner {
			owner := st.Cmds[0].GetAlterTableCmd().Newowner
			changed, ok := m.role(owner)
			return m.owner(n, owner, changed, ok)
		}
	case n.GetGrantStmt() != nil:
		return m.grant(n, n.GetGrantStmt())
	case n.GetAlterDefaultPrivilegesStmt() != nil:
		st := n.GetAlterDefaultPrivilegesStmt()
		changed := false
		for _, opt := range st.Options {
			for _, item := range opt.GetDefElem().GetArg().GetList().GetItems() {
				c, ok := m.role(item.GetRoleSpec())
				if !ok {
					return &Scrubbed{Kind: "ALTER DEFAULT PRIVILEGES", Object: "FOR ROLE " + item.GetRoleSpec().GetRolename(), Action: Dropped,
						Reason: "the role is not on the target"}, nil
				}
				changed = changed || c
			}
		}
		s, _ := m.grant(n, st.Action)
		if s != nil {
			s.Kind = "ALTER DEFAULT PRIVILEGES"
			return s, n
		}
		if changed {
			return &Scrubbed{Kind: "ALTER DEFAULT PRIVILEGES", Action: Rewritten, Reason: "roles renamed"}, n
		}
	case n.GetCreateSchemaStmt() != nil:
		st := n.GetCreateSchemaStmt()
		changed, ok := m.role(st.Authrole)
		if !ok {
			st.Authrole = nil
			return &Scrubbed{Kind: "CREATE SCHEMA", Object: st.Schemaname, Action: Rewritten, Removed: []string{"AUTHORIZATION"}, Reason: "the role is not on the target"}, n
		}
		if changed {
			return &Scrubbed{Kind: "CREATE SCHEMA", Object: st.Schemaname, Action: Rewritten, Reason: "owner renamed"}, n
		}
	case n.GetCreateUserMappingStmt() != nil:
		st := n.GetCreateUserMappingStmt()
		return m.userMapping(n, "CREATE USER MAPPING", st.User, st.Servername)
	case n.GetAlterUserMappingStmt() != nil:
		st := n.GetAlterUserMappingStmt()
		return m.userMapping(n, "ALTER USER MAPPING", st.User, st.Servername)
	case n.GetCreatePolicyStmt() != nil:
		st := n.GetCreatePolicyStmt()
		var kept []*pg.Node
		var removed []string
		changed := false
		for _, r := range st.Roles {
			c, ok := m.role(r.GetRoleSpec())
			if !ok {
				removed = append(removed, r.GetRoleSpec().GetRolename())
				continue
			}
			changed = changed || c
			kept = append(kept, r)
		}
		switch {
		case len(kept) == 0:
			// Without its roles the policy would apply to PUBLIC: it is
			// dropped instead, which denies rather than widens.
			return &Scrubbed{Kind: "CREATE POLICY", Object: st.PolicyName, Action: Dropped, Removed: removed, Reason: "its roles are not on the target"}, nil
		case len(removed) > 0:
			st.Roles = kept
			return &Scrubbed{Kind: "CREATE POLICY", Object: st.PolicyName, Action: Rewritten, Removed: removed, Reason: "roles not on the target"}, n
		case changed:
			return &Scrubbed{Kind: "CREATE POLICY", Object: st.PolicyName, Action: Rewritten, Reason: "roles renamed"}, n
		}
	case n.GetGrantRoleStmt() != nil:
		st := n.GetGrantRoleStmt()
		for _, r := range st.GrantedRoles {
			if _, ok := m.role(&pg.RoleSpec{Roletype: pg.RoleSpecType_ROLESPEC_CSTRING, Rolename: r.GetAccessPriv().GetPrivName()}); !ok {
				return &Scrubbed{Kind: "GRANT role", Action: Dropped, Reason: "a role is not on the target"}, nil
			}
		}
		changed := false
		for _, g := range st.GranteeRoles {
			c, ok := m.role(g.GetRoleSpec())
			if !ok {
				return &Scrubbed{Kind: "GRANT role", Action: Dropped, Reason: "a role is not on the target"}, nil
			}
			changed = changed || c
		}
		if changed {
			return &Scrubbed{Kind: "GRANT role", Action: Rewritten, Reason: "roles renamed"}, n
		}
	}
	return nil, nil
}

// userMapping maps a user mapping's role; a mapping for a role the target
// does not have cannot be created there, and is dropped.
func (m *roleMapper) userMapping(n *pg.Node, kind string, user *pg.RoleSpec, server string) (*Scrubbed, *pg.Node) {
	changed, ok := m.role(user)
	object := "FOR " + user.GetRolename() + " SERVER " + server
	switch {
	case !ok:
		return &Scrubbed{Kind: kind, Object: object, Action: Dropped, Reason: "the role is not on the target"}, nil
	case changed:
		return &Scrubbed{Kind: kind, Object: object, Action: Rewritten, Reason: "role renamed"}, n
	}
	return nil, nil
}

func (m *roleMapper) owner(n *pg.Node, owner *pg.RoleSpec, changed, ok bool) (*Scrubbed, *pg.Node) {
	switch {
	case !ok:
		return &Scrubbed{Kind: "OWNER TO", Object: owner.GetRolename(), Action: Dropped, Reason: "the role is not on the target"}, nil
	case changed:
		return &Scrubbed{Kind: "OWNER TO", Object: owner.GetRolename(), Action: Rewritten, Reason: "owner renamed"}, n
	}
	return nil, nil
}

func (m *roleMapper) grant(n *pg.Node, st *pg.GrantStmt) (*Scrubbed, *pg.Node) {
	if st == nil {
		return nil, nil
	}
	kind := "GRANT"
	if !st.IsGrant {
		kind = "REVOKE"
	}
	var kept []*pg.Node
	var removed []string
	changed := false
	for _, g := range st.Grantees {
		c, ok := m.role(g.GetRoleSpec())
		if !ok {
			removed = append(removed, g.GetRoleSpec().GetRolename())
			continue
		}
		changed = changed || c
		kept = append(kept, g)
	}
	if c, ok := m.role(st.Grantor); !ok {
		st.Grantor = nil
		changed = true
	} else if c {
		changed = true
	}
	switch {
	case len(kept) == 0 && len(removed) > 0:
		return &Scrubbed{Kind: kind, Object: strings.Join(removed, ", "), Action: Dropped, Reason: "the roles are not on the target"}, nil
	case len(removed) > 0:
		st.Grantees = kept
		return &Scrubbed{Kind: kind, Object: strings.Join(removed, ", "), Action: Rewritten, Removed: removed, Reason: "roles not on the target removed"}, n
	case changed:
		return &Scrubbed{Kind: kind, Action: Rewritten, Reason: "roles renamed"}, n
	}
	return nil, nil
}
