/**
 * Where the editable configuration and templates are read from: the city's folder first, then the jar
 * ({@link org.inspect.config.Settings}, found once by the composition root and given to the services).
 */
package org.inspect.config;
