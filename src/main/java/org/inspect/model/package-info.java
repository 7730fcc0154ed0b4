/**
 * The shared domain: the rows of the interchange format (households, members, incomes, deductions, assets,
 * obligors, cases, the registered-poor roll, inspectors, standards) as immutable values, with the coded
 * values' Chinese spellings, identity-number verification (GB 11643) and masking for documents.
 */
package org.inspect.model;
