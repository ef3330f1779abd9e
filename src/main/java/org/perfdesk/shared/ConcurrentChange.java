package org.perfdesk.shared;

/**
 * Someone else saved the record after this user opened it (optimistic locking); answered
 * with 409.
 */
public class ConcurrentChange extends RuntimeException {

	public ConcurrentChange(String what) {
		super(what + "已被他人修改，您的保存未生效。请刷新页面查看最新内容后再修改。");
	}

}
