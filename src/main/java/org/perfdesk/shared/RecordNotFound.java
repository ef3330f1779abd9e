package org.perfdesk.shared;

/**
 * The record does not exist <em>or</em> lies outside the user's data scope. The two are
 * deliberately indistinguishable, so that probing ids tells an outsider nothing (answered
 * with 404).
 */
public class RecordNotFound extends RuntimeException {

	public RecordNotFound(String what, long id) {
		super(what + "不存在或您无权访问（编号 " + id + "）");
	}

}
