/**
 * 组织 - the organisation tree (财政局 → 主管部门 → 预算单位), the people who sign in, their roles and
 * their data scope (数据权限).
 * <p>
 * Owns the tables {@code org_unit} and {@code org_account}. Public types:
 * {@link org.perfdesk.org.Unit}, {@link org.perfdesk.org.UnitKind},
 * {@link org.perfdesk.org.OrgDirectory} (lookups and the tree),
 * {@link org.perfdesk.org.UnitManagement}, {@link org.perfdesk.org.Account},
 * {@link org.perfdesk.org.Role}, {@link org.perfdesk.org.AccountManagement},
 * {@link org.perfdesk.org.CurrentUser} and {@link org.perfdesk.org.DataScope}, which
 * every other module asks before it reads or writes a record. Publishes
 * {@link org.perfdesk.shared.RecordChanged} for units and accounts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "组织 (org)", allowedDependencies = "shared")
package org.perfdesk.org;
