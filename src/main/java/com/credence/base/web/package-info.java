@NullMarked
package com.credence.base.web;

import org.jspecify.annotations.NullMarked;
