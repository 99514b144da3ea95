/** The Messaging API's chat part over HTTP under {@code /api/v1/messaging/conversations/}. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package com.skillconnect.conversations.adapter.in.web;
