package org.perfdesk.consistency;

/**
 * How bad a consistency finding is: an ERROR is an arithmetic or required-field fault, a
 * WARNING asks a person to look.
 */
public enum CheckSeverity {

	ERROR, WARNING

}
