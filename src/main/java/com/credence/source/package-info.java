/** The source ledger: the sources claims are attributed to, their names and aliases, their pages; above annotation, which it links through {@link com.credence.annotation.SourceResolver}. */
@NullMarked
package com.credence.source;

import org.jspecify.annotations.NullMarked;
