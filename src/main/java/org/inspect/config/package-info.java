/** Where the editable configuration and templates are read from: the city's folder first, then the jar. */
package org.inspect.config;
