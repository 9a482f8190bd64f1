window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1480041644191377048"
          ],
          "editableUntil": "2022-01-09T05:30:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [],
        "media": [
          {
            "expanded_url": "https://twitter.com/qantar_eyewitness/status/1480041644191377048/video/1",
            "indices": [
              "42",
              "65"
            ],
            "url": "https://t.co/32473706ce",
            "media_url": "http://pbs.twimg.com/ext_tw_video_thumb/1480041436559581303/pu/img/93082a8d.jpg",
            "id_str": "1480041436559581303",
            "id": "1480041436559581303",
            "media_url_https": "https://pbs.twimg.com/ext_tw_video_thumb/1480041436559581303/pu/img/93082a8d.jpg",
            "type": "video",
            "display_url": "pic.twitter.com/e6f05d4f5d",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "large": {
                "w": "720",
                "h": "1280",
                "resize": "fit"
              }
            }
          }
        ]
      },
      "display_text_range": [
        "0",
        "41"
      ],
      "favorite_count": "262",
      "id_str": "1480041644191377048",
      "truncated": false,
      "retweet_count": "18",
      "id": "1480041644191377048",
      "possibly_sensitive": true,
      "created_at": "Sun Jan 09 05:00:00 +0000 2022",
      "favorited": false,
      "full_text": "Стреляли уже по людям, я бежала и снимала https://t.co/32473706ce",
      "lang": "ru",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://twitter.com/qantar_eyewitness/status/1480041644191377048/video/1",
            "indices": [
              "42",
              "65"
            ],
            "url": "https://t.co/32473706ce",
            "media_url": "http://pbs.twimg.com/ext_tw_video_thumb/1480041436559581303/pu/img/93082a8d.jpg",
            "id_str": "1480041436559581303",
            "id": "1480041436559581303",
            "video_info": {
              "aspect_ratio": [
                "9",
                "16"
              ],
              "duration_millis": "55000",
              "variants": [
                {
                  "bitrate": "632000",
                  "content_type": "video/mp4",
                  "url": "https://video.twimg.com/ext_tw_video/1480041436559581303/pu/vid/320x568/93082a8d7eeb.mp4?tag=12"
                },
                {
                  "content_type": "application/x-mpegURL",
                  "url": "https://video.twimg.com/ext_tw_video/1480041436559581303/pu/pl/93082a8d.m3u8?tag=12"
                }
              ]
            },
            "media_url_https": "https://pbs.twimg.com/ext_tw_video_thumb/1480041436559581303/pu/img/93082a8d.jpg",
            "type": "video",
            "display_url": "pic.twitter.com/e6f05d4f5d",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "large": {
                "w": "720",
                "h": "1280",
                "resize": "fit"
              }
            }
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1478729246612030191"
          ],
          "editableUntil": "2022-01-05T14:35:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [],
        "media": [
          {
            "expanded_url": "https://twitter.com/qantar_eyewitness/status/1478729246612030191/video/1",
            "indices": [
              "75",
              "98"
            ],
            "url": "https://t.co/51dc5386f5",
            "media_url": "http://pbs.twimg.com/ext_tw_video_thumb/1478729036990064244/pu/img/9fa61759.jpg",
            "id_str": "1478729036990064244",
            "id": "1478729036990064244",
            "media_url_https": "https://pbs.twimg.com/ext_tw_video_thumb/1478729036990064244/pu/img/9fa61759.jpg",
            "type": "video",
            "display_url": "pic.twitter.com/39f7f374a6",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "large": {
                "w": "720",
                "h": "1280",
                "resize": "fit"
              }
            }
          }
        ]
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "237",
      "id_str": "1478729246612030191",
      "truncated": false,
      "retweet_count": "19",
      "id": "1478729246612030191",
      "possibly_sensitive": true,
      "created_at": "Wed Jan 05 14:05:00 +0000 2022",
      "favorited": false,
      "full_text": "Назарбаева, 16:18. Раненого в куртке несут к скорой, рядом тело погибшего. https://t.co/51dc5386f5",
      "lang": "ru",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://twitter.com/qantar_eyewitness/status/1478729246612030191/video/1",
            "indices": [
              "75",
              "98"
            ],
            "url": "https://t.co/51dc5386f5",
            "media_url": "http://pbs.twimg.com/ext_tw_video_thumb/1478729036990064244/pu/img/9fa61759.jpg",
            "id_str": "1478729036990064244",
            "id": "1478729036990064244",
            "video_info": {
              "aspect_ratio": [
                "9",
                "16"
              ],
              "duration_millis": "40000",
              "variants": [
                {
                  "bitrate": "632000",
                  "content_type": "video/mp4",
                  "url": "https://video.twimg.com/ext_tw_video/1478729036990064244/pu/vid/320x568/9fa617598616.mp4?tag=12"
                },
                {
                  "content_type": "application/x-mpegURL",
                  "url": "https://video.twimg.com/ext_tw_video/1478729036990064244/pu/pl/9fa61759.m3u8?tag=12"
                }
              ]
            },
            "media_url_https": "https://pbs.twimg.com/ext_tw_video_thumb/1478729036990064244/pu/img/9fa61759.jpg",
            "type": "video",
            "display_url": "pic.twitter.com/39f7f374a6",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "large": {
                "w": "720",
                "h": "1280",
                "resize": "fit"
              }
            }
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1478720438936476701"
          ],
          "editableUntil": "2022-01-05T14:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [],
        "media": [
          {
            "expanded_url": "https://twitter.com/qantar_eyewitness/status/1478720438936476701/video/1",
            "indices": [
              "61",
              "84"
            ],
            "url": "https://t.co/96fa65240c",
            "media_url": "http://pbs.twimg.com/ext_tw_video_thumb/1478720230050150711/pu/img/6745bda4.jpg",
            "id_str": "1478720230050150711",
            "id": "1478720230050150711",
            "media_url_https": "https://pbs.twimg.com/ext_tw_video_thumb/1478720230050150711/pu/img/6745bda4.jpg",
            "type": "video",
            "display_url": "pic.twitter.com/441820cbab",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "large": {
                "w": "720",
                "h": "1280",
                "resize": "fit"
              }
            }
          }
        ]
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "43",
      "id_str": "1478720438936476701",
      "truncated": false,
      "retweet_count": "2",
      "id": "1478720438936476701",
      "possibly_sensitive": true,
      "created_at": "Wed Jan 05 13:30:00 +0000 2022",
      "favorited": false,
      "full_text": "Ещё один убит у резиденции, двоих раненых тащат за остановку https://t.co/96fa65240c",
      "lang": "ru",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://twitter.com/qantar_eyewitness/status/1478720438936476701/video/1",
            "indices": [
              "61",
              "84"
            ],
            "url": "https://t.co/96fa65240c",
            "media_url": "http://pbs.twimg.com/ext_tw_video_thumb/1478720230050150711/pu/img/6745bda4.jpg",
            "id_str": "1478720230050150711",
            "id": "1478720230050150711",
            "video_info": {
              "aspect_ratio": [
                "9",
                "16"
              ],
              "duration_millis": "50000",
              "variants": [
                {
                  "bitrate": "632000",
                  "content_type": "video/mp4",
                  "url": "https://video.twimg.com/ext_tw_video/1478720230050150711/pu/vid/320x568/6745bda42bd7.mp4?tag=12"
                },
                {
                  "content_type": "application/x-mpegURL",
                  "url": "https://video.twimg.com/ext_tw_video/1478720230050150711/pu/pl/6745bda4.m3u8?tag=12"
                }
              ]
            },
            "media_url_https": "https://pbs.twimg.com/ext_tw_video_thumb/1478720230050150711/pu/img/6745bda4.jpg",
            "type": "video",
            "display_url": "pic.twitter.com/441820cbab",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "large": {
                "w": "720",
                "h": "1280",
                "resize": "fit"
              }
            }
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1478700304440493169"
          ],
          "editableUntil": "2022-01-05T12:40:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [],
        "media": [
          {
            "expanded_url": "https://twitter.com/qantar_eyewitness/status/1478700304440493169/video/1",
            "indices": [
              "75",
              "98"
            ],
            "url": "https://t.co/bbe25186e1",
            "media_url": "http://pbs.twimg.com/ext_tw_video_thumb/1478700094925476553/pu/img/a70f00e0.jpg",
            "id_str": "1478700094925476553",
            "id": "1478700094925476553",
            "media_url_https": "https://pbs.twimg.com/ext_tw_video_thumb/1478700094925476553/pu/img/a70f00e0.jpg",
            "type": "video",
            "display_url": "pic.twitter.com/74b74f1d9a",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "large": {
                "w": "720",
                "h": "1280",
                "resize": "fit"
              }
            }
          }
        ]
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "132",
      "id_str": "1478700304440493169",
      "truncated": false,
      "retweet_count": "3",
      "id": "1478700304440493169",
      "possibly_sensitive": true,
      "created_at": "Wed Jan 05 12:10:00 +0000 2022",
      "favorited": false,
      "full_text": "Двоих ранили прямо рядом со мной у резиденции &amp; никто не может подойти https://t.co/bbe25186e1",
      "lang": "ru",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://twitter.com/qantar_eyewitness/status/1478700304440493169/video/1",
            "indices": [
              "75",
              "98"
            ],
            "url": "https://t.co/bbe25186e1",
            "media_url": "http://pbs.twimg.com/ext_tw_video_thumb/1478700094925476553/pu/img/a70f00e0.jpg",
            "id_str": "1478700094925476553",
            "id": "1478700094925476553",
            "video_info": {
              "aspect_ratio": [
                "9",
                "16"
              ],
              "duration_millis": "35000",
              "variants": [
                {
                  "bitrate": "632000",
                  "content_type": "video/mp4",
                  "url": "https://video.twimg.com/ext_tw_video/1478700094925476553/pu/vid/320x568/a70f00e08cf2.mp4?tag=12"
                },
                {
                  "content_type": "application/x-mpegURL",
                  "url": "https://video.twimg.com/ext_tw_video/1478700094925476553/pu/pl/a70f00e0.m3u8?tag=12"
                }
              ]
            },
            "media_url_https": "https://pbs.twimg.com/ext_tw_video_thumb/1478700094925476553/pu/img/a70f00e0.jpg",
            "type": "video",
            "display_url": "pic.twitter.com/74b74f1d9a",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "large": {
                "w": "720",
                "h": "1280",
                "resize": "fit"
              }
            }
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1478458712229615914"
          ],
          "editableUntil": "2022-01-04T20:40:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [],
        "media": [
          {
            "expanded_url": "https://twitter.com/qantar_eyewitness/status/1478458712229615914/video/1",
            "indices": [
              "80",
              "103"
            ],
            "url": "https://t.co/82810680ec",
            "media_url": "http://pbs.twimg.com/ext_tw_video_thumb/1478458503440949404/pu/img/1aa634f2.jpg",
            "id_str": "1478458503440949404",
            "id": "1478458503440949404",
            "media_url_https": "https://pbs.twimg.com/ext_tw_video_thumb/1478458503440949404/pu/img/1aa634f2.jpg",
            "type": "video",
            "display_url": "pic.twitter.com/a925480772",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "large": {
                "w": "720",
                "h": "1280",
                "resize": "fit"
              }
            }
          }
        ]
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "38",
      "id_str": "1478458712229615914",
      "truncated": false,
      "retweet_count": "76",
      "id": "1478458712229615914",
      "possibly_sensitive": true,
      "created_at": "Tue Jan 04 20:10:00 +0000 2022",
      "favorited": false,
      "full_text": "Взрывы светошумовых гранат у монумента Независимости, люди отбегают к Сатпаева. https://t.co/82810680ec",
      "lang": "ru",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://twitter.com/qantar_eyewitness/status/1478458712229615914/video/1",
            "indices": [
              "80",
              "103"
            ],
            "url": "https://t.co/82810680ec",
            "media_url": "http://pbs.twimg.com/ext_tw_video_thumb/1478458503440949404/pu/img/1aa634f2.jpg",
            "id_str": "1478458503440949404",
            "id": "1478458503440949404",
            "video_info": {
              "aspect_ratio": [
                "9",
                "16"
              ],
              "duration_millis": "25000",
              "variants": [
                {
                  "bitrate": "632000",
                  "content_type": "video/mp4",
                  "url": "https://video.twimg.com/ext_tw_video/1478458503440949404/pu/vid/320x568/1aa634f2e561.mp4?tag=12"
                },
                {
                  "content_type": "application/x-mpegURL",
                  "url": "https://video.twimg.com/ext_tw_video/1478458503440949404/pu/pl/1aa634f2.m3u8?tag=12"
                }
              ]
            },
            "media_url_https": "https://pbs.twimg.com/ext_tw_video_thumb/1478458503440949404/pu/img/1aa634f2.jpg",
            "type": "video",
            "display_url": "pic.twitter.com/a925480772",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "large": {
                "w": "720",
                "h": "1280",
                "resize": "fit"
              }
            }
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1478446258534963946"
          ],
          "editableUntil": "2022-01-04T19:50:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [],
        "media": [
          {
            "expanded_url": "https://twitter.com/qantar_eyewitness/status/1478446258534963946/video/1",
            "indices": [
              "64",
              "87"
            ],
            "url": "https://t.co/ea7e6c5a5f",
            "media_url": "http://pbs.twimg.com/ext_tw_video_thumb/1478446046735645508/pu/img/83b065c7.jpg",
            "id_str": "1478446046735645508",
            "id": "1478446046735645508",
            "media_url_https": "https://pbs.twimg.com/ext_tw_video_thumb/1478446046735645508/pu/img/83b065c7.jpg",
            "type": "video",
            "display_url": "pic.twitter.com/673669f0d5",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "large": {
                "w": "720",
                "h": "1280",
                "resize": "fit"
              }
            }
          }
        ]
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "94",
      "id_str": "1478446258534963946",
      "truncated": false,
      "retweet_count": "33",
      "id": "1478446258534963946",
      "possibly_sensitive": true,
      "created_at": "Tue Jan 04 19:20:30 +0000 2022",
      "favorited": false,
      "full_text": "Светошумовые гранаты у монумента, люди разбегаются. Я в порядке https://t.co/ea7e6c5a5f",
      "lang": "ru",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://twitter.com/qantar_eyewitness/status/1478446258534963946/video/1",
            "indices": [
              "64",
              "87"
            ],
            "url": "https://t.co/ea7e6c5a5f",
            "media_url": "http://pbs.twimg.com/ext_tw_video_thumb/1478446046735645508/pu/img/83b065c7.jpg",
            "id_str": "1478446046735645508",
            "id": "1478446046735645508",
            "video_info": {
              "aspect_ratio": [
                "9",
                "16"
              ],
              "duration_millis": "35000",
              "variants": [
                {
                  "bitrate": "632000",
                  "content_type": "video/mp4",
                  "url": "https://video.twimg.com/ext_tw_video/1478446046735645508/pu/vid/320x568/83b065c7fe01.mp4?tag=12"
                },
                {
                  "content_type": "application/x-mpegURL",
                  "url": "https://video.twimg.com/ext_tw_video/1478446046735645508/pu/pl/83b065c7.m3u8?tag=12"
                }
              ]
            },
            "media_url_https": "https://pbs.twimg.com/ext_tw_video_thumb/1478446046735645508/pu/img/83b065c7.jpg",
            "type": "video",
            "display_url": "pic.twitter.com/673669f0d5",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "large": {
                "w": "720",
                "h": "1280",
                "resize": "fit"
              }
            }
          }
        ]
      }
    }
  }
]
