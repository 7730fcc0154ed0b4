/**
 * The team's web application (issue 21): sign-in, the city's dashboard, a county's items with the response form,
 * the team leader's review queue, findings, the register of issued documents and an item's history, over the same
 * services the command line calls. Pages are thin: they bind the request, call a feature service (which checks role,
 * county and four eyes) and render a precompiled jte template (src/main/jte).
 */
package org.inspect.web;
