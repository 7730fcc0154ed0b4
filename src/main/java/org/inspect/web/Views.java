package org.inspect.web;

import java.time.LocalDate;
import java.util.List;

/** The data each page's template shows, already in words: the handlers fill them from the services' records. */
// public for jte: the compiled templates (package gg.jte.generated) take its records as parameters
public final class Views {

    private Views() {
    }

    /** The sign-in form, with the refusal of the last attempt (null: none). */
    public record SignIn(String name, String error) {
    }

    /** A refusal or failure shown as a page. */
    public record Failure(int status, String message) {
    }

    /** The city's figures per county. */
    public record Dashboard(LocalDate asOf, List<CountyRow> counties, CountyRow total) {
    }

    /** One county's items per state, with bar widths in percent. */
    public record CountyRow(String code, String name, int items, int open, int responded, int contested, int closed,
            int withdrawn, int overdue, String closureRate, int closedPct, int respondedPct, int openPct,
            boolean link) {
    }

    /** A county's page: its items and what the account may do with them. */
    public record CountyPage(String code, String name, LocalDate asOf, List<ItemRow> items, boolean canRespond) {
    }

    /** An item in a list. */
    public record ItemRow(long id, String countyCode, String county, String notice, int itemNo, String rule,
            String detail, LocalDate deadline, String state, boolean overdue, boolean awaitingCounty) {
    }

    /** The team leader's queue: the items answered, waiting for review. */
    public record Review(List<ReviewRow> rows) {
    }

    /** An answered item with who answered and what; {@code sameAccount}: four eyes would refuse this reviewer. */
    public record ReviewRow(ItemRow item, String answeredBy, String answer, boolean sameAccount) {
    }

    /** An item and its history. */
    public record ItemPage(ItemRow item, List<EventRow> events) {
    }

    /** One event of an item's history. */
    public record EventRow(long seq, String at, String actor, String action, String from, String to, String note,
            List<EvidenceRow> evidence) {
    }

    /** An evidence file of an event: its name, hash and whether the kept copy is intact. */
    public record EvidenceRow(String name, String sha256, boolean intact) {
    }

    /** The findings of a check run, filtered, masked unless full data was asked and allowed. */
    public record Findings(List<Long> runs, long run, String rule, String county, boolean full, boolean fullAllowed,
            List<FindingRow> rows, boolean truncated, List<String> rules, List<String> counties) {

        /** This page's address with its filters, for the verdict forms to come back to. */
        public String back() {
            return "/findings?run=" + run + "&rule=" + rule + "&county=" + county + (full ? "&full=1" : "");
        }
    }

    /** A finding as the page lists it. */
    public record FindingRow(long id, String county, String rule, String household, String idNumber, String detail,
            String verdict, String item) {
    }

    /** The register of issued documents. */
    public record Documents(List<DocumentRow> rows) {
    }

    /** A registered document. */
    public record DocumentRow(long id, String kind, String number, String county, LocalDate issuedOn, String file,
            String sha256) {
    }
}
