@NullMarked
package com.credence.article.internal;

import org.jspecify.annotations.NullMarked;
