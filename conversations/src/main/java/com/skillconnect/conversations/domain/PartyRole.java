package com.skillconnect.conversations.domain;

/** Which side of the order a participant is on. */
public enum PartyRole {
    CLIENT, FREELANCER
}
