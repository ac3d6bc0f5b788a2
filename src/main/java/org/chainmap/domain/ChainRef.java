package org.chainmap.domain;

/** A chain named in an answer: its id, Chinese name and English name ({@code null} where none was imported). */
public record ChainRef(String id, String name, String nameEn) {}
