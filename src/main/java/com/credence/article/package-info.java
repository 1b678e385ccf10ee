@NullMarked
package com.credence.article;

import org.jspecify.annotations.NullMarked;
