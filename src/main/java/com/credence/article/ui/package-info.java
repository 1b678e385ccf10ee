@NullMarked
package com.credence.article.ui;

import org.jspecify.annotations.NullMarked;
