package org.perfdesk.org;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/units}: the units the caller may see. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "组织", description = "单位树")
class UnitApi {

	private final OrgDirectory directory;

	private final CurrentUser currentUser;

	UnitApi(OrgDirectory directory, CurrentUser currentUser) {
		this.directory = directory;
		this.currentUser = currentUser;
	}

	record UnitResponse(long id, Long parentId, String kind, String kindLabel, String code, String name,
			boolean active) {
		static UnitResponse of(Unit u) {
			return new UnitResponse(u.id(), u.parentId(), u.kind().name(), u.kind().label(), u.code(), u.name(),
					u.active());
		}
	}

	@GetMapping
	@Operation(summary = "可见单位列表", description = "按数据权限返回：填报人只见本单位，部门审核人见本部门及下属单位，财政审核人与系统管理员见全部。")
	List<UnitResponse> list() {
		DataScope scope = currentUser.scope();
		boolean all = scope.everything() || scope.role() == Role.ADMINISTRATOR;
		return directory.tree().stream().filter(u -> all || scope.canRead(u.id())).map(UnitResponse::of).toList();
	}

}
