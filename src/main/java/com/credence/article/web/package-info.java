@NullMarked
package com.credence.article.web;

import org.jspecify.annotations.NullMarked;
